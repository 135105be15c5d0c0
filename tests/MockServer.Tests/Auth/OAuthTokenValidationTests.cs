using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

/// <summary>Malformed token requests get RFC 6749 errors, as OAuth client libraries expect, not DRF field maps.</summary>
public sealed class OAuthTokenValidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpContent content)
    {
        await using var app = new MockServerApp();
        var response = await app.CreateBareClient().PostAsync("/api/v1/auth/oauth2/token/", content, Ct);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }

    [Fact]
    public async Task UnknownGrantTypeIsUnsupportedGrantType()
    {
        var (status, body) = await PostAsync(new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "mock-client-id",
            ["client_secret"] = "mock-client-secret",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("unsupported_grant_type", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task MissingClientIdIsAnInvalidRequestNamingIt()
    {
        var (status, body) = await PostAsync(new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "authorization_code" }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_request", body.GetProperty("error").GetString());
        Assert.Contains("client_id", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task JsonBodyIsA415InOAuthShape()
    {
        var (status, body) = await PostAsync(JsonContent.Create(new { grant_type = "authorization_code" }));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("invalid_request", body.GetProperty("error").GetString());
    }
}
