using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class SignUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object SignUpBody(string email = "user@example.com", string captcha = "recaptcha_response") =>
        new { email, password = "secure_password", name = "John Doe", captcha };

    [Fact]
    public async Task SignUpCreatesAnUnverifiedUserAndMailsASixDigitCode()
    {
        await using var app = new MockServerApp();
        var response = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signup/", SignUpBody(), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<SignUpResponse>(Ct);
        Assert.Equal("user@example.com", created!.Email);
        Assert.Equal("John Doe", created.Name);
        Assert.False(created.Email_verified);
        Assert.Equal(3, created.Access.Split('.').Length);
        var mail = Assert.Single(await app.MailboxAsync("user@example.com"));
        Assert.Matches("^[0-9]{6}$", mail.Code);
    }

    [Fact]
    public async Task SignUpSetsTheSessionCookiesAsSignInDoes()
    {
        await using var app = new MockServerApp();
        var response = await app.CreateBareClient().PostAsJsonAsync("/api/v1/auth/signup/", SignUpBody(), Ct);

        Assert.Contains("path=/api/v1/auth/", response.CookieAttributes("refresh_token"));
        Assert.Contains("max-age=300", response.CookieAttributes("access_token"));
        Assert.Equal((await response.Content.ReadFromJsonAsync<SignUpResponse>(Ct))!.Access, response.CookieValue("access_token"));
    }

    [Fact]
    public async Task DuplicateEmailInAnotherCaseIsRejectedNamingTheEmail()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();
        await client.PostAsJsonAsync("/api/v1/auth/signup/", SignUpBody("user@example.com"), Ct);

        var response = await client.PostAsJsonAsync("/api/v1/auth/signup/", SignUpBody("USER@Example.com"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["A user with this e-mail already exists."], (await response.FieldErrorsAsync())["email"]);
    }

    [Fact]
    public async Task FailingCaptchaIsRejectedAndCreatesNoUser()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();

        var rejected = await client.PostAsJsonAsync("/api/v1/auth/signup/", SignUpBody(captcha: "invalid-captcha"), Ct);
        var retried = await client.PostAsJsonAsync("/api/v1/auth/signup/", SignUpBody(), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.True((await rejected.FieldErrorsAsync()).ContainsKey("captcha"));
        Assert.Empty(rejected.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Single(await app.MailboxAsync("user@example.com"));
    }

    [Fact]
    public async Task FailingCaptchaValueIsConfigurable()
    {
        await using var app = new MockServerApp().With("Auth:FailingCaptcha", "robot");
        var client = app.CreateBareClient();

        var robot = await client.PostAsJsonAsync("/api/v1/auth/signup/", SignUpBody(captcha: "robot"), Ct);
        var human = await client.PostAsJsonAsync("/api/v1/auth/signup/", SignUpBody(captcha: "invalid-captcha"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, robot.StatusCode);
        Assert.Equal(HttpStatusCode.Created, human.StatusCode);
    }

    [Fact]
    public async Task TwentyParallelSignUpsOfOneEmailCreateExactlyOneUser()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            client.PostAsJsonAsync("/api/v1/auth/signup/", SignUpBody(i % 2 == 0 ? "race@example.com" : "RACE@example.com"), Ct)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Single(await app.MailboxAsync("race@example.com"));
    }
}
