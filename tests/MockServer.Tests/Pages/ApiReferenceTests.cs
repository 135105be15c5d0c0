using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Pages;

/// <summary>
/// <c>/docs</c> as served (the browser tests render it): Scalar reads the served contract, works offline and has the
/// start-up key filled in.
/// </summary>
public sealed class ApiReferenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheReferenceReadsTheServedContractOfflineWithTheStartupKey()
    {
        await using var app = new MockServerApp();
        var key = app.TenantServices.GetRequiredService<VectorStoreRegistry>().Primary!.Store.ApiKey;
        var client = app.CreateBareClient();

        var redirect = await client.GetAsync("/docs", Ct);
        var page = await client.GetStringAsync("/docs/", Ct);
        var script = await client.GetAsync("/docs/scalar.js", Ct);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("openapi.json\"", page, StringComparison.Ordinal);
        Assert.Contains($"\"apiKeyAuth\":{{\"value\":\"{key}\"}}", page, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", page, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }
}
