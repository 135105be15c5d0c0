using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rememberizer.Contract.MockServer.Hosting;
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.MockServer.Verify;
using Rememberizer.Contract.Pact;
using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.MockServer.Tests.Proxy;

/// <summary>
/// <c>proxy --record DIR</c> writes what the upstream answered as a pact, credentials left out, that <c>verify</c>
/// replays against the mock: an upstream that answers as the mock does verifies; one that answers otherwise fails,
/// naming the interaction.
/// </summary>
public sealed class RecordingTests : IDisposable
{
    private readonly string _recorded = Directory.CreateTempSubdirectory("recorded-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WhatAFaithfulUpstreamAnsweredVerifiesAgainstTheMockAndHoldsNoCredential()
    {
        Assert.SkipUnless(PactNativeLibrary.Locate().Found, "pact_ffi is not installed (the build installs it from npm)");
        await using var upstream = await InProcessMock.StartAsync([], Ct);
        using var control = new HttpClient { BaseAddress = upstream.ProviderRoot };
        await control.PostAsJsonAsync("/_mock/users", new { email = "ada@example.com", password = SessionHelpers.Password, name = "Ada", email_verified = true }, Ct);
        var store = await control.GetFromJsonAsync<JsonElement>("/_mock/vector-store", Ct);
        var storeKey = store.GetProperty("api_key").GetString()!;
        var knowledge = (await control.GetFromJsonAsync<JsonElement>("/_mock/common-knowledge", Ct))[0];
        var knowledgeKey = knowledge.GetProperty("api_key").GetString()!;
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.ProviderRoot) { RecordDirectory = _recorded });
        var api = proxy.Client;

        var signIn = await api.PostAsJsonAsync("/api/v1/auth/signin/", new { login = "ada@example.com", password = SessionHelpers.Password, captcha = SessionHelpers.Captcha }, Ct);
        var cookies = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var access = cookies.Single(c => c.StartsWith("access_token=", StringComparison.Ordinal))["access_token=".Length..];
        await SendAsync(api, "/api/v1/account/", "Cookie", string.Join("; ", cookies));
        await SendAsync(api, "/api/v1/me/", "Authorization", $"Bearer {access}");
        await SendAsync(api, "/api/v1/documents/?page=1&page_size=2", "Cookie", string.Join("; ", cookies));
        await SendAsync(api, "/api/v1/account/");
        await SendAsync(api, "/api/v1/documents/search/?q=integrate&n=2", "X-API-Key", knowledgeKey);
        await SendAsync(api, $"/api/v1/vector-stores/{store.GetProperty("id").GetString()}/documents", "x-api-key", storeKey);
        await SendAsync(api, "/api/v1/integrations/", "public-ck-id", knowledge.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await SendAsync(api, "/api/v1/account/"); // the same again is recorded once

        var pact = Assert.Single(Directory.GetFiles(_recorded));
        var text = await File.ReadAllTextAsync(pact, Ct);
        Assert.Equal(7, JsonDocument.Parse(text).RootElement.GetProperty("interactions").GetArrayLength());
        foreach (var secret in new[] { access, storeKey, knowledgeKey, SessionHelpers.Password })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        var outcome = await VerifyAsync();
        Assert.Equal(VerifyRunner.Passed, outcome.ExitCode);
    }

    [Fact]
    public async Task WhatAnUpstreamAnsweredOtherwiseFailsVerificationNamingTheInteraction()
    {
        Assert.SkipUnless(PactNativeLibrary.Locate().Found, "pact_ffi is not installed (the build installs it from npm)");
        await using var upstream = await StubUpstream.StartAsync(app =>
        {
            app.MapGet("/api/v1/account/", () => Results.Json(new { id = "not-a-number", email = "ada@example.com", name = "Ada" }));
            app.MapGet("/api/v1/integrations/", () => Results.Json(new { detail = "Authentication credentials were not provided." }, statusCode: 401));
        });
        await using var proxy = await RunningProxy.StartAsync(new ProxyArguments(upstream.Root) { RecordDirectory = _recorded });
        await SendAsync(proxy.Client, "/api/v1/account/", "Authorization", "Bearer anything");
        await SendAsync(proxy.Client, "/api/v1/integrations/");

        var output = new StringWriter();
        var outcome = await VerifyAsync(output);

        Assert.Equal(VerifyRunner.Failed, outcome.ExitCode);
        var report = output.ToString();
        Assert.Contains("FAILED   GET /api/v1/account/ answered 200", report, StringComparison.Ordinal);
        Assert.Contains("passed   GET /api/v1/integrations/ answered 401", report, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_recorded, recursive: true);

    private static async Task SendAsync(HttpClient api, string path, string? header = null, string? value = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var response = await api.SendAsync(request, Ct);
        Assert.NotEqual(HttpStatusCode.BadGateway, response.StatusCode);
    }

    private Task<VerifyOutcome> VerifyAsync(TextWriter? output = null) => VerifyRunner.RunAsync(
        new VerifyArguments { PactDirectories = [_recorded] }, InProcessMock.Starter([]), output ?? TextWriter.Null, TextWriter.Null, Ct);
}
