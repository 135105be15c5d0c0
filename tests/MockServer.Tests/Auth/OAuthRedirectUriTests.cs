using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.Tenants;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.MockServer.Tests.Install;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

/// <summary>
/// Redirect URIs no Location header can carry as written: control characters are refused before a code is minted,
/// and non-ASCII ones are sent back escaped (the host in its IDN form).
/// </summary>
public sealed class OAuthRedirectUriTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ScratchDirectory _scratch = new();

    private static string Authorize(string escapedRedirect) =>
        $"/api/v1/auth/oauth2/authorize/?response_type=code&client_id=mock-client-id&state=s&redirect_uri={escapedRedirect}";

    [Theory]
    [InlineData("http%3A%2F%2Fx%2Fa%0D%0ASet-Cookie%3A%20x%3D1")]
    [InlineData("http%3A%2F%2Fx%2Fa%00")]
    [InlineData("http%3A%2F%2Fx%2Fa%7F")]
    [InlineData("http%3A%2F%2Fx%2Fa%09b")]
    public async Task ControlCharactersAreRefusedNamingRedirectUriAndMintNoCode(string redirect)
    {
        // A SQLite log numbers every change, so an unchanged last sequence shows nothing was minted.
        await using var app = new MockServerApp().With("State:Store", "sqlite:" + _scratch.Combine("state.db"));
        var browser = await app.SignedInBrowserAsync();
        var log = app.Services.GetRequiredService<IStateStore>().Open(TenantName.Default);
        var before = await log.LastSequenceAsync(Ct);

        var response = await browser.GetAsync(Authorize(redirect), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter a valid URL."], (await response.FieldErrorsAsync())["redirect_uri"]);
        Assert.Equal(before, await log.LastSequenceAsync(Ct));
    }

    [Theory]
    [InlineData("http%3A%2F%2Fx%2F%C3%A9", "http://x/%C3%A9?")]
    [InlineData("http%3A%2F%2Fb%C3%BCcher.example%2Fcb", "http://xn--bcher-kva.example/cb?")]
    public async Task NonAsciiCharactersAreSentBackEscaped(string redirect, string expected)
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var response = await browser.GetAsync(Authorize(redirect), Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.GetValues("Location").Single();
        Assert.StartsWith(expected, location);
        Assert.False(string.IsNullOrEmpty(QueryHelpers.ParseQuery(new Uri(location).Query)["code"]));
    }

    public void Dispose() => _scratch.Dispose();
}
