using System.Net;
using System.Text.Json;

namespace Rememberizer.Contract.Pact.Tests.Ffi;

/// <summary>Consumer tests against the real pact_ffi mock server.</summary>
public sealed class ConsumerPactTests : IDisposable
{
    private readonly TempDirectory _pacts = new();

    [Fact]
    public void LoadedNativeLibraryIsPactFfi058() => Assert.Equal("0.5.8", PactTools.NativeVersion);

    [Fact]
    public async Task MatchingConsumerTestWritesAV4Pact()
    {
        var file = await SamplePact.WriteAsync(_pacts.Path, TestContext.Current.CancellationToken);

        using var pact = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        var root = pact.RootElement;
        Assert.Equal(SamplePact.Consumer, root.GetProperty("consumer").GetProperty("name").GetString());
        Assert.Equal(SamplePact.Provider, root.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal("4.0", root.GetProperty("metadata").GetProperty("pactSpecification").GetProperty("version").GetString());

        var wrong = Interaction(root, SamplePact.WrongPassword);
        Assert.Equal("Synchronous/HTTP", wrong.GetProperty("type").GetString());
        var state = Assert.Single(wrong.GetProperty("providerStates").EnumerateArray());
        Assert.Equal(SamplePact.UserExists, state.GetProperty("name").GetString());
        Assert.Equal(SamplePact.Email, state.GetProperty("params").GetProperty("email").GetString());
        Assert.Equal("type", FirstMatcher(wrong, "body", "$.detail").GetProperty("match").GetString());

        var right = Interaction(root, SamplePact.RightPassword);
        var cookies = right.GetProperty("response").GetProperty("headers").GetProperty("Set-Cookie");
        Assert.Equal(["session=abc123; path=/", "csrf=xyz789; path=/"], cookies.EnumerateArray().Select(c => c.GetString()));
        var cookieRule = FirstMatcher(right, "header", "Set-Cookie");
        Assert.Equal("regex", cookieRule.GetProperty("match").GetString());
        Assert.Equal(SamplePact.CookiePattern, cookieRule.GetProperty("regex").GetString());

        var profile = Interaction(root, SamplePact.ProfileRead);
        var fields = profile.GetProperty("request").GetProperty("query").GetProperty("fields");
        Assert.Equal(["id", "email"], fields.EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("integer", FirstMatcher(profile, "body", "$.id").GetProperty("match").GetString());
        Assert.Equal(1, FirstMatcher(profile, "body", "$.roles").GetProperty("min").GetInt32());
        Assert.Equal("yyyy-MM-dd", FirstMatcher(profile, "body", "$.joined").GetProperty("format").GetString());
    }

    [Fact]
    public async Task MismatchedRequestFailsAndWritesNoPact()
    {
        var pactDir = _pacts.Combine("pacts");
        var pact = ConsumerPact.V4("web", "api", new PactConfig { PactDir = pactDir });
        pact.UponReceiving(SamplePact.WrongPassword)
            .WithRequest(HttpMethod.Post, "/api/v1/auth/signin/")
            .WithJsonBody(new { email = SamplePact.Email, password = "wrong" })
            .WillRespond()
            .WithStatus(401);

        var error = await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(async ctx =>
        {
            using var client = SamplePact.Client(ctx.MockServerUri);
            using var body = new StringContent("""{"email":"alice@example.com","password":"wrong","remember":true}""", null, "application/json");
            using var response = await client.PostAsync("/api/v1/auth/signin/", body, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }));

        var mismatch = Assert.Single(error.Mismatches);
        Assert.Equal("request-mismatch", mismatch.Kind);
        Assert.Contains(mismatch.Details, d => d.Type == "BodyMismatch" && d.Description!.Contains("remember"));
        Assert.Contains("(request-mismatch): POST /api/v1/auth/signin/", error.Message);
        Assert.Contains("remember", error.Message);
        Assert.Contains("Received request POST /api/v1/auth/signin/", error.Message);
        Assert.False(Directory.Exists(pactDir) && Directory.EnumerateFiles(pactDir).Any());
    }

    [Fact]
    public async Task UnexpectedAndMissingRequestsAreBothNamed()
    {
        var pact = ConsumerPact.V4("web", "api", new PactConfig { PactDir = _pacts.Path });
        pact.UponReceiving(SamplePact.ProfileRead).WithRequest(HttpMethod.Get, "/api/v1/me/").WillRespond().WithStatus(200);

        var error = await Assert.ThrowsAsync<PactMismatchException>(() => pact.VerifyAsync(async ctx =>
        {
            using var client = SamplePact.Client(ctx.MockServerUri);
            using var response = await client.GetAsync("/api/v1/users/", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }));

        Assert.Contains(error.Mismatches, m => m.Kind == "request-not-found" && m.Path == "/api/v1/users/");
        Assert.Contains(error.Mismatches, m => m.Kind == "missing-request" && m.Path == "/api/v1/me/");
        Assert.Contains("Expected request never received (missing-request): GET /api/v1/me/", error.Message);
        Assert.IsType<Xunit.Sdk.EqualException>(error.InnerException, exactMatch: false);
        Assert.Empty(Directory.EnumerateFiles(_pacts.Path));
    }

    [Fact]
    public async Task LaterRunsOfOneBuilderAddTheirInteractionsToThePactFile()
    {
        var pact = ConsumerPact.V4("web", "api", new PactConfig { PactDir = _pacts.Path });
        foreach (var path in new[] { "/a/", "/b/" })
        {
            pact.UponReceiving($"a read of {path}").WithRequest(HttpMethod.Get, path).WillRespond().WithStatus(200);
            await pact.VerifyAsync(async ctx =>
            {
                using var client = SamplePact.Client(ctx.MockServerUri);
                using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            });
        }

        using var written = JsonDocument.Parse(await File.ReadAllTextAsync(_pacts.Combine("web-api.json"), TestContext.Current.CancellationToken));
        var descriptions = written.RootElement.GetProperty("interactions").EnumerateArray().Select(i => i.GetProperty("description").GetString());
        Assert.Equal(["a read of /a/", "a read of /b/"], descriptions);
    }

    public void Dispose() => _pacts.Dispose();

    private static JsonElement Interaction(JsonElement pact, string description) =>
        pact.GetProperty("interactions").EnumerateArray().Single(i => i.GetProperty("description").GetString() == description);

    private static JsonElement FirstMatcher(JsonElement interaction, string category, string key) =>
        interaction.GetProperty("response").GetProperty("matchingRules").GetProperty(category).GetProperty(key).GetProperty("matchers")[0];
}
