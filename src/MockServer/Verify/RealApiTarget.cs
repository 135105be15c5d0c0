using System.Net.Http.Json;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Verify;

/// <summary>
/// A running Rememberizer API (or anything answering like it): one sign-in with an existing account, whose session
/// cookies (and vector-store key) go with every replayed request; only the interactions in <see cref="Selection"/>
/// are verified.
/// </summary>
public sealed class RealApiTarget : IVerificationTarget
{
    private readonly RealApiAccount _account;
    private readonly string _cookies;

    private RealApiTarget(Uri root, RealApiAccount account, string cookies, RealApiSelection selection)
    {
        ProviderRoot = root;
        _account = account;
        _cookies = cookies;
        Selection = selection;
    }

    public Uri ProviderRoot { get; }

    public RealApiSelection Selection { get; }

    public string Description => $"the provider at {ProviderRoot} signed in as {_account.Login}";

    /// <summary>Signs in at <c>{root}/api/v1/auth/signin/</c>; a refused sign-in is an <see cref="InvalidOperationException"/> saying why.</summary>
    public static async Task<RealApiTarget> SignInAsync(Uri root, RealApiAccount account, RealApiSelection selection, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false });
        var signIn = new Uri(root, "/api/v1/auth/signin/");
        using var response = await http.PostAsJsonAsync(signIn, new { login = account.Login, password = account.Password, captcha = account.Captcha }, cancellationToken);
        if ((int)response.StatusCode != StatusCodes.Status204NoContent)
        {
            throw new InvalidOperationException(
                $"signing in at {signIn} as {account.Login} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var pairs = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).Where(v => v.Length > 0 && !v.EndsWith('='))
            : [];
        return new RealApiTarget(root, account, string.Join("; ", pairs), selection);
    }

    public void Prepare(PactVerifier verifier)
    {
        verifier.WithFilter(description: Selection.DescriptionFilter()).WithCustomHeader("Cookie", _cookies);
        if (_account.ApiKey is { } key)
        {
            verifier.WithCustomHeader("x-api-key", key);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
