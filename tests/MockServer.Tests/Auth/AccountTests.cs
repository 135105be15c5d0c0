using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class AccountTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignedInUserReadsOwnAccount()
    {
        await using var app = new MockServerApp();
        var (browser, userId) = await app.SignedInUserAsync("grace@example.com");

        var account = await browser.GetFromJsonAsync<Account>("/api/v1/account/", Ct);

        Assert.Equal(userId, account!.Id);
        Assert.Equal("grace@example.com", account.Email);
        Assert.Equal("Ada Lovelace", account.Name);
    }

    [Fact]
    public async Task AccountWithoutSessionIs401WithDrfDetail()
    {
        await using var app = new MockServerApp();
        var response = await app.CreateBareClient().GetAsync("/api/v1/account/", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Authentication credentials were not provided.", (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(Ct))!["detail"]);
    }
}
