using System.Text.Json;
using Rememberizer.Contract.Tests.Pacts.Verify;

namespace Rememberizer.Contract.Tests.Pacts.JavaScript;

/// <summary>
/// The pact-js example as a frontend team runs it (<c>npm ci &amp;&amp; npm test</c> in <c>examples/pact-js</c>), and
/// its pact verified by <c>rememberizer-mock verify</c>.
/// </summary>
public sealed class PactJsExampleTests
{
    [Fact]
    public async Task NpmTestWritesAV4PactOfTheAccountFlowAndADataCall()
    {
        var file = await PactJsExample.EnsureWrittenAsync();

        using var pact = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        var root = pact.RootElement;
        Assert.Equal(PactJsExample.Consumer, root.GetProperty("consumer").GetProperty("name").GetString());
        Assert.Equal(PactFiles.Provider, root.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal("4.0", root.GetProperty("metadata").GetProperty("pactSpecification").GetProperty("version").GetString());
        var paths = root.GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("request").GetProperty("path").GetString()).ToHashSet();
        Assert.Equal(["/api/v1/auth/signup/", "/api/v1/auth/signin/", "/api/v1/account/", "/api/v1/documents/"], paths);
    }

    [Fact]
    public async Task RememberizerMockVerifyPassesThePactJsPact()
    {
        var run = await VerifyCommand.RunAsync(["--pact-file", await PactJsExample.EnsureWrittenAsync()]);

        run.Succeeded();
        Assert.Contains("5 interactions verified: 5 passed, 0 failed.", run.Stdout);
    }
}
