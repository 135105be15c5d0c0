using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Control.ProviderStates;
using Rememberizer.Contract.MockServer.Hosting;

namespace Rememberizer.Contract.Tests.Pacts.Provider;

/// <summary>Every state the consumer names has a handler on the mock, and an unknown one fails loudly.</summary>
public sealed class ProviderStateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryConsumerStateHasAHandlerOnTheMock()
    {
        var named = typeof(ProviderStates).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, state => Assert.Contains(state, ProviderStateHandlers.Known));
    }

    [Fact]
    public void StatesAnExistingAccountSatisfiesAreStatesTheMockKnows() =>
        Assert.Subset(ProviderStateHandlers.Known.ToHashSet(), ProviderStateHandlers.SatisfiedByAnExistingAccount.ToHashSet());

    [Fact]
    public async Task UnknownStateIsA400ListingTheKnownOnes()
    {
        await using var server = await InProcessMock.StartAsync([], Ct);
        using var client = new HttpClient();

        var response = await client.PostAsJsonAsync(server.ProviderStatesUri, new { state = "the moon is made of cheese", action = "setup", @params = new { } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString();
        Assert.Contains("the moon is made of cheese", detail);
        Assert.Contains(ProviderStates.SignedIn, detail);
    }

    [Fact]
    public async Task SignedInStateReturnsTokensThatOpenTheAccount()
    {
        await using var server = await InProcessMock.StartAsync([], Ct);
        using var client = new HttpClient { BaseAddress = server.ProviderRoot };

        var state = await client.PostAsJsonAsync(server.ProviderStatesUri,
            new { state = ProviderStates.SignedIn, action = "setup", @params = new { email = "state@example.com" } }, Ct);
        var tokens = await state.Content.ReadFromJsonAsync<Dictionary<string, string>>(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/account/");
        request.Headers.Authorization = new("Bearer", tokens!["accessToken"]);
        var account = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Equal("state@example.com", (await account.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("email").GetString());
    }
}
