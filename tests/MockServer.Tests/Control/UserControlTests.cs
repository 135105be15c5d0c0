using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.MockServer.Control.Contracts;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Control;

/// <summary>What the dashboard does to users: list them with their live sessions, verify, delete, revoke a session.</summary>
public sealed class UserControlTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UsersAreListedWithTheirLiveSessions()
    {
        await using var app = new MockServerApp();
        var (_, userId) = await app.SignedInUserAsync("ada@example.com");
        await app.CreateUserAsync("bob@example.com", verified: false);

        var users = await app.CreateBareClient().GetFromJsonAsync<List<UserEntry>>("/_mock/users", Ct);

        var ada = Assert.Single(users!, u => u.Id == userId);
        Assert.True(ada.EmailVerified);
        var session = Assert.Single(ada.Sessions);
        Assert.Equal("browser", session.Kind);
        Assert.True(session.ExpiresAt > session.StartedAt);
        var bob = Assert.Single(users!, u => u.Email == "bob@example.com");
        Assert.False(bob.EmailVerified);
        Assert.Empty(bob.Sessions);
        Assert.Equal(users!.OrderBy(u => u.Id).Select(u => u.Id), users!.Select(u => u.Id));
    }

    [Fact]
    public async Task VerifyingLetsAnUnverifiedUserReadData()
    {
        await using var app = new MockServerApp();
        var (browser, userId) = await app.SignedInUserAsync("ada@example.com", verified: false);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/v1/documents/", Ct)).StatusCode);

        var verified = await app.CreateBareClient().PostAsync($"/_mock/users/{userId}/verify", null, Ct);

        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.True((await verified.Content.ReadFromJsonAsync<CreatedUser>(Ct))!.EmailVerified);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/documents/", Ct)).StatusCode);
    }

    [Fact]
    public async Task RevokingASessionSignsThatBrowserOut()
    {
        await using var app = new MockServerApp();
        var (browser, userId) = await app.SignedInUserAsync();
        var control = app.CreateBareClient();
        var session = (await control.GetFromJsonAsync<List<UserEntry>>("/_mock/users", Ct))!.Single(u => u.Id == userId).Sessions.Single();

        var revoked = await control.DeleteAsync($"/_mock/sessions/{session.Id}", Ct);
        var again = await control.DeleteAsync($"/_mock/sessions/{session.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/account/", Ct)).StatusCode);
        Assert.Empty((await control.GetFromJsonAsync<List<UserEntry>>("/_mock/users", Ct))!.Single(u => u.Id == userId).Sessions);
    }

    [Fact]
    public async Task DeletingAUserEndsItsSessionsFreesItsAddressAndWithdrawsItsKnowledge()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        var publisher = app.CreateBrowser();
        await publisher.PostAsJsonAsync("/api/v1/auth/signin/", new { login = StartupKnowledge.OwnerEmail, password = StartupKnowledge.OwnerPassword, captcha = SessionHelpers.Captcha }, Ct);
        var knowledgeKey = (await control.GetFromJsonAsync<JsonElement[]>("/_mock/common-knowledge", Ct))![0].GetProperty("api_key").GetString();
        var owner = (await control.GetFromJsonAsync<List<UserEntry>>("/_mock/users", Ct))!.Single(u => u.Email == StartupKnowledge.OwnerEmail);

        var deleted = await control.DeleteAsync($"/_mock/users/{owner.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await control.DeleteAsync($"/_mock/users/{owner.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await publisher.GetAsync("/api/v1/account/", Ct)).StatusCode);
        using var byKey = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/");
        byKey.Headers.Add("X-API-Key", knowledgeKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await control.SendAsync(byKey, Ct)).StatusCode);
        Assert.DoesNotContain((await control.GetFromJsonAsync<List<UserEntry>>("/_mock/users", Ct))!, u => u.Id == owner.Id);
        var newId = await app.CreateUserAsync(StartupKnowledge.OwnerEmail);
        Assert.NotEqual(owner.Id, newId);
    }

    [Fact]
    public async Task UnknownUsersAreNotFound()
    {
        await using var app = new MockServerApp();
        var control = app.CreateBareClient();

        Assert.Equal(HttpStatusCode.NotFound, (await control.PostAsync("/_mock/users/999/verify", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await control.DeleteAsync("/_mock/users/999", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheMailboxLimitKeepsTheNewestMessages()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();
        foreach (var name in new[] { "a", "b", "c" })
        {
            (await client.PostAsJsonAsync("/api/v1/auth/signup/", new { email = $"{name}@example.com", password = "secure_password", name, captcha = SessionHelpers.Captcha }, Ct)).EnsureSuccessStatusCode();
        }

        var newest = await client.GetFromJsonAsync<List<MailboxMessage>>("/_mock/mailbox?limit=2", Ct);

        Assert.Equal(["b@example.com", "c@example.com"], newest!.Select(m => m.To));
    }
}
