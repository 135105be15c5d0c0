using System.Net;
using System.Net.Http.Json;

namespace Rememberizer.Contract.Pact.Tests.Ffi;

/// <summary>
/// The consumer side of the sample contract: three interactions a web front end has with the API.
/// Provider tests verify the pact file this writes.
/// </summary>
internal static class SamplePact
{
    public const string Consumer = "rememberizer-web";
    public const string Provider = "rememberizer-api";
    public const string WrongPassword = "a sign-in with a wrong password";
    public const string RightPassword = "a sign-in with the right password";
    public const string ProfileRead = "a profile read";
    public const string UserExists = "a user exists";
    public const string Email = "alice@example.com";
    public const string Password = "correct horse";
    public const string CookiePattern = "^(session|csrf)=\\w+; path=/$";

    public static readonly Dictionary<string, string> UserParams = new()
    {
        ["email"] = Email,
        ["password"] = Password,
    };

    public static PactBuilder Declare(string pactDir)
    {
        var pact = ConsumerPact.V4(Consumer, Provider, new PactConfig { PactDir = pactDir, LogLevel = PactLogLevel.Info });

        pact.UponReceiving(WrongPassword)
            .Given(UserExists, UserParams)
            .WithRequest(HttpMethod.Post, "/api/v1/auth/signin/")
            .WithHeader("Content-Type", "application/json")
            .WithJsonBody(new { email = Email, password = "wrong" })
            .WillRespond()
            .WithStatus(401)
            .WithJsonBody(new { detail = Match.Type("Invalid credentials.") });

        pact.UponReceiving(RightPassword)
            .Given(UserExists, UserParams)
            .WithRequest(HttpMethod.Post, "/api/v1/auth/signin/")
            .WithHeader("Content-Type", "application/json")
            .WithJsonBody(new { email = Email, password = Password })
            .WillRespond()
            .WithStatus(204)
            .WithHeader("Set-Cookie", Match.Regex("session=abc123; path=/", CookiePattern))
            .WithHeader("Set-Cookie", Match.Regex("csrf=xyz789; path=/", CookiePattern));

        pact.UponReceiving(ProfileRead)
            .Given(UserExists, UserParams)
            .WithRequest(HttpMethod.Get, "/api/v1/me/")
            .WithQuery("fields", "id")
            .WithQuery("fields", "email")
            .WithHeader("Cookie", "session=abc123")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new
            {
                id = Match.Integer(42),
                email = Match.Type(Email),
                roles = Match.EachLike("member"),
                joined = Match.Date("yyyy-MM-dd", "2024-01-31"),
            });

        return pact;
    }

    /// <summary>Runs the consumer side against the mock server and returns the pact file path.</summary>
    public static async Task<string> WriteAsync(string pactDir, CancellationToken cancellationToken)
    {
        await Declare(pactDir).VerifyAsync(async ctx =>
        {
            using var client = Client(ctx.MockServerUri);
            await ExerciseAsync(client, cancellationToken);
        });
        return Path.Combine(pactDir, $"{Consumer}-{Provider}.json");
    }

    /// <summary>What the consumer really does; it also asserts what the consumer relies on.</summary>
    public static async Task ExerciseAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var wrong = await client.PostAsJsonAsync("/api/v1/auth/signin/", new { email = Email, password = "wrong" }, cancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        using var right = await client.PostAsJsonAsync("/api/v1/auth/signin/", new { email = Email, password = Password }, cancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(2, right.Headers.GetValues("Set-Cookie").Count());

        using var profile = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me/?fields=id&fields=email");
        profile.Headers.Add("Cookie", "session=abc123");
        using var me = await client.SendAsync(profile, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    // Cookies are sent by hand, so the handler must not add the ones the sign-in set.
    public static HttpClient Client(Uri baseAddress) =>
        new(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = baseAddress };
}
