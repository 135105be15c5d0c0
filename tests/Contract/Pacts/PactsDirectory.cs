using Rememberizer.Contract.Tests.Pacts.Consumer;
using Rememberizer.Contract.Tests.Pacts.JavaScript;

namespace Rememberizer.Contract.Tests.Pacts;

/// <summary>Every pact in <c>pacts/</c>: the C# consumer's and the pact-js example's (written first), and any other.</summary>
public static class PactsDirectory
{
    public static async Task<IReadOnlyList<string>> EnsureAllWrittenAsync()
    {
        await Task.WhenAll(WebPact.EnsureWrittenAsync(), PactJsExample.EnsureWrittenAsync());
        return [.. Directory.GetFiles(PactFiles.Directory, "*.json").Order(StringComparer.Ordinal)];
    }
}
