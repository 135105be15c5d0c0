using System.Net.Http.Json;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Verify;
using Rememberizer.Contract.Tests.Pacts.Consumer;

namespace Rememberizer.Contract.Tests.Pacts.Provider;

/// <summary>
/// <c>verify --provider-base-url</c>: the web pact against the real API when credentials are configured, and the
/// same code path, always, against a separately started mock process standing in for it.
/// </summary>
public sealed class RealApiVerificationTests
{
    public const string BaseUrlVariable = "REMEMBERIZER_API_BASE_URL";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WebPactHoldsAgainstTheRealApi()
    {
        var baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
        var account = RealApiAccount.FromEnvironment();
        if (string.IsNullOrWhiteSpace(baseUrl) || account is null)
        {
            Assert.Skip($"{BaseUrlVariable}, {RealApiAccount.LoginVariable} and {RealApiAccount.PasswordVariable} are not all set, so the pact " +
                $"is not verified against the real Rememberizer API (set them, and {RealApiAccount.ApiKeyVariable}, to run it).");
        }

        var outcome = await VerifyAsync(await WebPact.EnsureWrittenAsync(), new Uri(new Uri(baseUrl).GetLeftPart(UriPartial.Authority)), account);

        Assert.Equal(VerifyRunner.Passed, outcome.ExitCode);
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

        var outcome = await VerifyAsync(pactFile, mock.BaseUri, new RealApiAccount(login, password, store.GetProperty("api_key").GetString(), RealApiAccount.DefaultCaptcha));

        Assert.Equal(VerifyRunner.Passed, outcome.ExitCode);
        Assert.Contains("a request for the signed-in account", outcome.Selection!.Verifiable);
        Assert.Contains("a request for the vector store of an API key", outcome.Selection.Verifiable);
        Assert.Contains("a sign-up of a new account", outcome.Selection.NotVerifiable);
        Assert.Contains("a logout", outcome.Selection.NotVerifiable);
        Assert.DoesNotContain("a logout", outcome.Result!.Output);
    }

    [Fact]
    public async Task AWrongPasswordForTheRunningApiEndsInOneLine()
    {
        var pactFile = await WebPact.EnsureWrittenAsync();
        await using var mock = await MockServerProcess.StartAsync(Ct);
        var error = new StringWriter();

        var outcome = await VerifyRunner.RunAsync(
            new VerifyArguments { PactFiles = [pactFile], ProviderBaseUrl = mock.BaseUri, Account = new RealApiAccount("nobody@example.com", "wrong-password", null, RealApiAccount.DefaultCaptcha) },
            InProcessMock.Starter([]), TextWriter.Null, error, Ct);

        Assert.Equal(VerifyRunner.Failed, outcome.ExitCode);
        Assert.Contains("signing in at", error.ToString());
        Assert.Contains("401", error.ToString());
    }

    private static async Task<VerifyOutcome> VerifyAsync(string pactFile, Uri root, RealApiAccount account)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var outcome = await VerifyRunner.RunAsync(new VerifyArguments { PactFiles = [pactFile], ProviderBaseUrl = root, Account = account }, InProcessMock.Starter([]), output, error, Ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"{output}{error}");
        return outcome;
    }
}
