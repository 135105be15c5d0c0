using System.Net;
using System.Text;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// JSON integers too large for 64 bits in a body field: answered with the field's own type error, as DRF words it,
/// instead of failing inside the schema validator.
/// </summary>
public sealed class HugeIntegerBodyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task AHugeIntegerWhereAStringBelongsIsNotAValidString()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().PostAsync("/api/v1/auth/signin/",
            Json("""{"login": 99999999999999999999, "password": "x", "captcha": "ok"}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Not a valid string."], (await response.FieldErrorsAsync())["login"]);
    }

    [Theory]
    [InlineData("99999999999999999999", "Ensure this value is less than or equal to 50.")]
    [InlineData("-99999999999999999999", "Ensure this value is greater than or equal to 1.")]
    public async Task AHugeIntegerWhereAnIntegerBelongsIsOutOfItsBounds(string number, string message)
    {
        await using var app = new MockServerApp();
        var (store, storeId) = await app.PrimaryStoreClientAsync();

        var response = await store.PostAsync($"/api/v1/vector-stores/{storeId}/documents/agentic_search",
            Json($$"""{"query": "security audit", "n_chunks": {{number}}}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], (await response.FieldErrorsAsync())["n_chunks"]);
    }
}
