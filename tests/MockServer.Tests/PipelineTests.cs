using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests;

public sealed class PipelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownRouteAnswersDrfNotFound()
    {
        await using var app = new MockServerApp();
        var response = await app.CreateBareClient().GetAsync("/api/v1/no-such-thing/", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found.", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MalformedJsonIsA400WithJsonParseError()
    {
        await using var app = new MockServerApp();
        var response = await app.CreateBareClient().PostAsync("/api/v1/auth/signup/",
            new StringContent("{bad", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("JSON parse error", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WrongContentTypeIsA415NamingTheType()
    {
        await using var app = new MockServerApp();
        var response = await app.CreateBareClient().PostAsync("/api/v1/auth/signup/",
            new StringContent("hello", Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("text/plain", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task InvalidBodyNamesEveryOffendingField()
    {
        await using var app = new MockServerApp();
        var response = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signup/",
            new { email = "not-an-address", password = 5, extra = true }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.Content.ReadFromJsonAsync<Dictionary<string, string[]>>(Ct);
        Assert.Equal(["Enter a valid email address."], errors!["email"]);
        Assert.Equal(["Not a valid string."], errors["password"]);
        Assert.Equal(["This field is required."], errors["name"]);
        Assert.Equal(["This field is not allowed."], errors["extra"]);
    }

    [Fact]
    public async Task BodyOverOneMebibyteIsA413()
    {
        await using var app = new MockServerApp();
        var huge = new string('a', 1024 * 1024 + 10);
        var response = await app.CreateBareClient().PostAsync("/api/v1/auth/signup/",
            new StringContent($"{{\"email\":\"{huge}\"}}", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }
}
