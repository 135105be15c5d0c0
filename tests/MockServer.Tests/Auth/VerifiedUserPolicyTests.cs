using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Tenants;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class VerifiedUserPolicyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<bool> PolicyAllowsAsync(MockServerApp app, int userId)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(MockClaims.UserId, userId.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"));
        // As the authorization middleware does: the request is the resource, its services the tenant's.
        var request = new DefaultHttpContext { RequestServices = app.Services.GetRequiredService<TenantRegistry>().Default.Over(app.Services) };
        var result = await app.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, request, AuthPolicies.VerifiedUser);
        return result.Succeeded;
    }

    [Fact]
    public async Task PolicyAdmitsOnlyUsersWhoseEmailIsVerified()
    {
        await using var app = new MockServerApp();
        var verified = await app.CreateUserAsync("yes@example.com", verified: true);
        var unverified = await app.CreateUserAsync("no@example.com", verified: false);

        Assert.True(await PolicyAllowsAsync(app, verified));
        Assert.False(await PolicyAllowsAsync(app, unverified));
    }

    [Fact]
    public async Task PolicyAdmitsEveryoneWhenVerificationIsNotRequired()
    {
        await using var app = new MockServerApp().With("Auth:RequireVerifiedEmail", "false");
        var unverified = await app.CreateUserAsync("no@example.com", verified: false);

        Assert.True(await PolicyAllowsAsync(app, unverified));
    }

    [Fact]
    public async Task UnverifiedUserGets403OnADataEndpointButMayReadMe()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync(verified: false);

        var data = await browser.GetAsync("/api/v1/integrations/", Ct);
        var me = await browser.GetAsync("/api/v1/me/", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, data.StatusCode);
        Assert.Equal("Your e-mail address is not verified yet.", await data.DetailAsync());
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task UserIsAdmittedRightAfterVerifyingWithoutANewToken()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync(verified: false);

        var verify = await browser.PostAsync("/api/v1/auth/verify-email/", new StringContent(
            $$"""{"verification_code": "{{await app.LatestCodeAsync("ada@example.com")}}"}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        var data = await browser.GetAsync("/api/v1/integrations/", Ct);

        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, data.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, data.StatusCode);
    }

    [Fact]
    public async Task UnverifiedUserCannotAuthorizeAnOAuthApplication()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync(verified: false);

        var response = await browser.GetAsync(
            "/api/v1/auth/oauth2/authorize/?response_type=code&client_id=mock-client-id&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fcb&state=s", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
