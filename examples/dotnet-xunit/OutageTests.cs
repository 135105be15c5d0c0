using Rememberizer.Contract.Generated.Client;
using Rememberizer.Contract.Testing;

namespace RememberizerExample.Tests;

/// <summary>One mock for the whole class, reset before each test: faster than a mock per test, and as isolated.</summary>
public sealed class OutageTests(SharedMock shared) : IClassFixture<SharedMock>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await shared.Mock.Control.ResetAsync(Ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task TheDocumentsScreenSeesAStoredOutageOnce()
    {
        await shared.Mock.Control.PreferAsync("code=503", operationId: "listDocuments", times: 1, cancellationToken: Ct);
        using var http = shared.Mock.CreateClient();
        http.DefaultRequestHeaders.Add("X-API-Key", shared.Mock.Keys.CommonKnowledge);
        var documents = new DocumentsClient(http);

        var outage = await Assert.ThrowsAsync<RememberizerApiException>(() => documents.ListDocumentsAsync(null, null, null, Ct));
        var page = await documents.ListDocumentsAsync(null, null, null, Ct);

        Assert.Equal(503, outage.StatusCode);
        Assert.NotEmpty(page.Results);
    }
}

public sealed class SharedMock : IAsyncLifetime
{
    public RememberizerMock Mock { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Mock = await RememberizerMock.StartAsync();

    public async ValueTask DisposeAsync() => await Mock.DisposeAsync();
}
