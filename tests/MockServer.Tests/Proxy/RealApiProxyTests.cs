using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Verify;

namespace Rememberizer.Contract.MockServer.Tests.Proxy;

/// <summary>
/// The proxy in front of the real Rememberizer API, signed in with an existing account: its answers come through and
/// every exchange is checked. Runs only where that account is configured; what drift it finds is written to the test
/// output (the contract is corrected from it), not asserted.
/// </summary>
public sealed class RealApiProxyTests(ITestOutputHelper output)
{
    public const string BaseUrlVariable = "REMEMBERIZER_API_BASE_URL";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheRealApiAnswersThroughTheProxyAndEveryExchangeIsChecked()
    {
        if (RealApiAccount.FromEnvironment() is not { } account)
        {
            Assert.Skip($"No account for the real API: set {RealApiAccount.LoginVariable} and {RealApiAccount.PasswordVariable} (and {BaseUrlVariable} for another host than https://api.rememberizer.ai).");
            return;
        }

        var upstream = new Uri(Environment.GetEnvironmentVariable(BaseUrlVariable) is { Length: > 0 } url ? url : "https://api.rememberizer.ai");
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream));

        var signIn = await proxy.Client.PostAsJsonAsync("/api/v1/auth/signin/", new { login = account.Login, password = account.Password, captcha = account.Captcha }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        foreach (var path in (string[])["/api/v1/account/", "/api/v1/documents/?page=1&page_size=2", "/api/v1/mementos/", "/api/v1/integrations/"])
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", cookie);
            using var response = await proxy.Client.SendAsync(request, Ct);
            Assert.NotEqual(HttpStatusCode.BadGateway, response.StatusCode);
        }

        var report = await proxy.DriftAsync();
        Assert.Equal(5, report.GetProperty("exchanges").GetInt64());
        output.WriteLine(report.GetRawText());
    }
}
