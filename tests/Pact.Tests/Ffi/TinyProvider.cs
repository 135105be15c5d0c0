using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Rememberizer.Contract.Pact.Tests.Ffi;

/// <summary>How the provider behaves, so one app can honour or break the sample contract.</summary>
internal enum ProviderMode
{
    Honest,

    /// <summary>Answers a wrong password with 403 and a different body.</summary>
    BreaksWrongPassword,

    /// <summary>Never answers the profile read (until disposed).</summary>
    HangsOnProfile,
}

/// <summary>A real Kestrel provider on a loopback port chosen by the OS, implementing the sample contract.</summary>
internal sealed class TinyProvider : IAsyncDisposable
{
    private readonly LoopbackApp _server = new();
    private readonly ConcurrentDictionary<string, string> _passwords = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TinyProvider(ProviderMode mode) => Map(_server.App, mode);

    public Uri BaseUri => _server.BaseUri;

    public Uri StateUrl => new(BaseUri, "/_pact/provider-states");

    /// <summary>Every provider-state request body, in arrival order.</summary>
    public ConcurrentQueue<JsonElement> StateCalls { get; } = new();

    /// <summary>Values of the <c>X-Contract-Run</c> header seen on API requests.</summary>
    public ConcurrentQueue<string> RunHeaders { get; } = new();

    public static async Task<TinyProvider> StartAsync(ProviderMode mode, CancellationToken cancellationToken)
    {
        var provider = new TinyProvider(mode);
        await provider._server.StartAsync(cancellationToken);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        _released.TrySetResult();
        await _server.DisposeAsync();
    }

    private void Map(WebApplication app, ProviderMode mode)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.TryGetValue("X-Contract-Run", out var run))
            {
                RunHeaders.Enqueue(run.ToString());
            }

            await next(context);
        });

        app.MapPost("/_pact/provider-states", async (HttpRequest request) =>
        {
            var body = await request.ReadFromJsonAsync<JsonElement>();
            StateCalls.Enqueue(body.Clone());
            if (body.GetProperty("state").GetString() == SamplePact.UserExists)
            {
                var parameters = body.GetProperty("params");
                _passwords[parameters.GetProperty("email").GetString()!] = parameters.GetProperty("password").GetString()!;
            }

            return Results.Ok();
        });

        app.MapPost("/api/v1/auth/signin/", async (HttpContext context) =>
        {
            var body = await context.Request.ReadFromJsonAsync<JsonElement>();
            var email = body.GetProperty("email").GetString()!;
            if (_passwords.TryGetValue(email, out var password) && password == body.GetProperty("password").GetString())
            {
                context.Response.Headers.Append("Set-Cookie", "session=s3ss10n; path=/");
                context.Response.Headers.Append("Set-Cookie", "csrf=t0k3n; path=/");
                return Results.NoContent();
            }

            return mode == ProviderMode.BreaksWrongPassword
                ? Results.Json(new { error = "forbidden" }, statusCode: 403)
                : Results.Json(new { detail = "Wrong email or password." }, statusCode: 401);
        });

        app.MapGet("/api/v1/me/", async (HttpContext context) =>
        {
            if (mode == ProviderMode.HangsOnProfile)
            {
                await _released.Task;
            }

            return context.Request.Cookies["session"] is null
                ? Results.Unauthorized()
                : Results.Json(new { id = 7, email = SamplePact.Email, roles = new[] { "admin", "member" }, joined = "2023-05-06" });
        });
    }
}
