using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.Tests.Pacts.Consumer;

namespace Rememberizer.Contract.Tests.Pacts.Provider;

/// <summary>
/// The same pact against the real API when credentials are configured, and the same code path, always, against a
/// separately started mock process standing in for it.
/// </summary>
public sealed class RealApiVerificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WebPactHoldsAgainstTheRealApi()
    {
        var (target, reason) = RealApiTarget.FromEnvironment();
        if (target is null)
        {
            Assert.Skip(reason);
        }

        var outcome = await RealApiVerification.RunAsync(await WebPact.EnsureWrittenAsync(), target, Ct);

        Report(outcome);
        outcome.Result.EnsureSuccess();
    }

    [Fact]
    public async Task RealApiPathVerifiesAgainstASeparatelyStartedMock()
    {
        var pactFile = await WebPact.EnsureWrittenAsync();
        await using var mock = await MockServerProcess.StartAsync(Ct);
        using var control = new HttpClient { BaseAddress = mock.BaseUri };
        var login = "real-path@example.com";
        var password = "a-long-enough-password";
        (await control.PostAsJsonAsync("/_mock/users", new { email = login, password, name = "Real Path", email_verified = true }, Ct)).EnsureSuccessStatusCode();
        var store = await control.GetFromJsonAsync<JsonElement>("/_mock/vector-store", Ct);
        var target = new RealApiTarget(new Uri(mock.BaseUri, "/api/v1/"), login, password, store.GetProperty("api_key").GetString(), "recaptcha_response");

        var outcome = await RealApiVerification.RunAsync(pactFile, target, Ct);

        Report(outcome);
        outcome.Result.EnsureSuccess();
        Assert.Contains("a request for the signed-in account", outcome.Verified);
        Assert.Contains("a sign-up of a new account", outcome.NotVerifiable);
    }

    private static void Report(RealApiVerification.Outcome outcome) =>
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Verified on the target: {string.Join("; ", outcome.Verified)}\nNot verifiable there (their provider states cannot be created): {string.Join("; ", outcome.NotVerifiable)}");
}
