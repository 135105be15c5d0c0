using Microsoft.AspNetCore.WebUtilities;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

/// <summary>
/// Every operation of the spec, driven over HTTP, with every answer checked by the spec's response validator.
/// Data error paths are in <see cref="DataConformanceTests"/>.
/// </summary>
public sealed class ConformanceTests
{
    [Fact]
    public async Task EveryOperationAnswersWithADeclaredStatusThatIsNeither404Nor501()
    {
        await using var app = new MockServerApp();
        var context = await ConformanceContext.CreateAsync(app);
        var probe = new ContractProbe();

        foreach (var operation in (await ContractProbe.DocumentAsync()).Operations)
        {
            var request = context.HappyRequest(operation);
            var result = await probe.SendAsync(request.Client, request.Method, request.Url, request.Content());
            if (result.Status is 404 or 501 or >= 500)
            {
                probe.Failures.Add($"{operation.OperationId}: {result.Status} {result.Body}");
            }
        }

        probe.AssertClean();
        Assert.Equal((await ContractProbe.DocumentAsync()).Operations.Count, probe.Seen.Select(s => s.OperationId).Distinct().Count());
    }

    [Fact]
    public async Task CallsWithoutCredentialsAre401AndUnverifiedUsersGet403()
    {
        await using var app = new MockServerApp();
        var context = await ConformanceContext.CreateAsync(app);
        var unverified = await app.SignedInBrowserAsync("eve@example.com", verified: false);
        var probe = new ContractProbe();
        var operations = (await ContractProbe.DocumentAsync()).Operations.Where(o => !o.PathTemplate.StartsWith("/auth/", StringComparison.Ordinal)).ToList();

        foreach (var operation in operations)
        {
            var request = context.HappyRequest(operation);
            await probe.SendAsync(app.CreateBareClient(), request.Method, request.Url, request.Content(), 401);
            if (!operation.PathTemplate.StartsWith("/vector-stores/", StringComparison.Ordinal) && operation.Tag != "Account")
            {
                await probe.SendAsync(unverified, request.Method, request.Url, request.Content(), 403);
            }
        }

        probe.AssertClean();
        Assert.Contains(probe.Seen, s => s == ("listDocuments", 403));
        Assert.Contains(probe.Seen, s => s == ("getVectorStore", 401));
    }

    [Fact]
    public async Task SessionAndOAuthOperationsConformOnTheirHappyPaths()
    {
        await using var app = new MockServerApp();
        var probe = new ContractProbe();
        var browser = app.CreateBrowser();
        var bare = app.CreateBareClient();
        var password = SessionHelpers.Password;

        await probe.JsonAsync(browser, HttpMethod.Post, "/api/v1/auth/signup/", new { email = "new@example.com", password, name = "New", captcha = SessionHelpers.Captcha }, 201);
        await probe.JsonAsync(bare, HttpMethod.Post, "/api/v1/auth/signup/", new { email = "new@example.com" }, 400);
        await probe.JsonAsync(browser, HttpMethod.Post, "/api/v1/auth/verify-email/", new { verification_code = await app.LatestCodeAsync("new@example.com") }, 200);
        await probe.JsonAsync(bare, HttpMethod.Post, "/api/v1/auth/verify-email/", new { verification_code = "123456" }, 401);
        await probe.JsonAsync(bare, HttpMethod.Post, "/api/v1/auth/signin/", new { login = "new@example.com", password = "wrong-password", captcha = SessionHelpers.Captcha }, 401);
        await probe.JsonAsync(browser, HttpMethod.Post, "/api/v1/auth/signin/", new { login = "new@example.com", password, captcha = SessionHelpers.Captcha }, 204);
        await probe.SendAsync(browser, HttpMethod.Post, "/api/v1/auth/custom-refresh/", null, 204);
        await probe.SendAsync(bare, HttpMethod.Post, "/api/v1/auth/custom-refresh/", null, 401);
        await probe.GetAsync(browser, "/api/v1/account/", 200);
        await probe.GetAsync(browser, "/api/v1/me/", 200);
        var authorize = "/api/v1/auth/oauth2/authorize/?response_type=code&client_id=mock-client-id&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fcallback&scope=offline_access&state=7";
        var redirect = await probe.GetAsync(browser, authorize, 302);
        await probe.GetAsync(bare, authorize, 401);
        var code = QueryHelpers.ParseQuery(redirect.Response.Headers.Location!.Query)["code"].ToString();
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = "http://localhost:5000/callback",
            ["client_id"] = "mock-client-id",
            ["client_secret"] = "mock-client-secret",
        };
        await probe.SendAsync(bare, HttpMethod.Post, "/api/v1/auth/oauth2/token/", new FormUrlEncodedContent(form), 200);
        await probe.SendAsync(bare, HttpMethod.Post, "/api/v1/auth/oauth2/token/", new FormUrlEncodedContent(form), 400);
        await probe.SendAsync(bare, HttpMethod.Post, "/api/v1/auth/oauth2/token/", new FormUrlEncodedContent(new Dictionary<string, string>(form) { ["client_secret"] = "nope" }), 401);
        await probe.SendAsync(browser, HttpMethod.Post, "/api/v1/auth/custom-logout/", null, 204);

        probe.AssertClean();
        Assert.Equal(9, probe.Seen.Select(s => s.OperationId).Distinct().Count());
    }
}
