using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class SessionControlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreatedUserComesBackWithIdAndVerificationState()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().PostAsJsonAsync("/_mock/users",
            new { email = "new@example.com", password = "long-enough", name = "New", email_verified = false }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.True(body.GetProperty("id").GetInt32() > 0);
        Assert.Equal("new@example.com", body.GetProperty("email").GetString());
        Assert.False(body.GetProperty("email_verified").GetBoolean());
    }

    [Fact]
    public async Task CreatingAUserWithBadInputNamesEachField()
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().PostAsJsonAsync("/_mock/users", new { email = "not-an-address", password = "short" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.FieldErrorsAsync();
        Assert.Equal(["email", "name", "password"], errors.Keys.Order());
    }

    [Fact]
    public async Task CreatingADuplicateUserIs400()
    {
        await using var app = new MockServerApp();
        await app.CreateUserAsync("dup@example.com");

        var response = await app.CreateBareClient().PostAsJsonAsync("/_mock/users",
            new { email = "DUP@example.com", password = "long-enough", name = "Dup" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["A user with this e-mail already exists."], (await response.FieldErrorsAsync())["email"]);
    }

    [Fact]
    public async Task MailboxFiltersByRecipientOrListsEverything()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();
        foreach (var email in new[] { "a@example.com", "b@example.com" })
        {
            await client.PostAsJsonAsync("/api/v1/auth/signup/", new { email, password = "secure_password", name = "X", captcha = "ok" }, Ct);
        }

        var forA = await app.MailboxAsync("A@example.com");
        var all = (await client.GetFromJsonAsync<List<Dictionary<string, object>>>("/_mock/mailbox", Ct))!;

        Assert.Equal("a@example.com", Assert.Single(forA).To);
        Assert.Equal(2, all.Count);
        Assert.Equal(["code", "sent_at", "subject", "to"], all[0].Keys.Order());
    }

    [Fact]
    public async Task ClockAdvanceMovesTheFakeClock()
    {
        await using var app = new MockServerApp();
        var before = app.Clock.GetUtcNow();

        var response = await app.CreateBareClient().PostAsJsonAsync("/_mock/clock/advance", new { seconds = 3600 }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(app.Clock.GetUtcNow() - before >= TimeSpan.FromHours(1));
    }

    [Theory]
    [InlineData("""{"seconds": -1}""")]
    [InlineData("""{}""")]
    public async Task ClockAdvanceRejectsNegativeOrMissingSeconds(string body)
    {
        await using var app = new MockServerApp();

        var response = await app.CreateBareClient().PostAsync("/_mock/clock/advance",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.FieldErrorsAsync()).ContainsKey("seconds"));
        Assert.Equal(TimeSpan.Zero, app.Clock.Offset);
    }

    [Fact]
    public async Task ResetForgetsUsersSessionsAndMail()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync(verified: false);

        var reset = await app.CreateBareClient().PostAsync("/_mock/reset", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account/", Ct)).StatusCode);
        Assert.Empty(await app.MailboxAsync("ada@example.com"));
        Assert.Equal(HttpStatusCode.Created, (await app.CreateBareClient().PostAsJsonAsync("/_mock/users",
            new { email = "ada@example.com", password = "long-enough", name = "Ada" }, Ct)).StatusCode);
    }
}
