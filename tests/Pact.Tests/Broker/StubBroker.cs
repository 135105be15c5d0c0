using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Rememberizer.Contract.Pact.Tests.Ffi;

namespace Rememberizer.Contract.Pact.Tests.Broker;

/// <summary>One request the stub received: method, path, Authorization header and JSON body (if any).</summary>
internal sealed record BrokerRequest(string Method, string Path, string? Authorization, JsonNode? Body);

/// <summary>
/// A stand-in for a Pact Broker on a loopback port: it serves pacts through the broker's HAL resources (the index,
/// <c>pacts/provider/{p}/for-verification</c>, the pact with its <c>pb:publish-verification-results</c> and
/// <c>pb:provider</c> links, the provider's <c>pb:branch-version</c> and <c>pb:version-tag</c>) and records every
/// request. It answers what a broker would for these requests, and decides nothing: which pacts are selected or
/// pending is set by the test, so the tests check what the verifier sends, not the broker's own logic.
/// </summary>
internal sealed class StubBroker : IAsyncDisposable
{
    private readonly LoopbackApp _server = new();
    private readonly List<(string Consumer, JsonObject Pact, bool Pending)> _pacts = [];

    private StubBroker(string? requiredAuthorization) => Map(_server.App, requiredAuthorization);

    public Uri BaseUri => _server.BaseUri;

    public ConcurrentQueue<BrokerRequest> Requests { get; } = new();

    public IEnumerable<BrokerRequest> Received(string method, string pathStart) =>
        Requests.Where(r => r.Method == method && r.Path.StartsWith(pathStart, StringComparison.Ordinal));

    /// <summary>A broker that answers 401 unless the request carries exactly this Authorization header.</summary>
    public static async Task<StubBroker> StartAsync(string? requiredAuthorization, CancellationToken cancellationToken)
    {
        var broker = new StubBroker(requiredAuthorization);
        await broker._server.StartAsync(cancellationToken);
        return broker;
    }

    /// <summary>Serves the pact file; each interaction gets the <c>_id</c> a broker adds, <c>id-0</c>, <c>id-1</c>, ...</summary>
    public void Serve(string pactFile, bool pending = false)
    {
        var pact = JsonNode.Parse(File.ReadAllText(pactFile))!.AsObject();
        var index = 0;
        foreach (var interaction in pact["interactions"]!.AsArray())
        {
            interaction!["_id"] = $"id-{index++}";
        }

        _pacts.Add((pact["consumer"]!["name"]!.GetValue<string>(), pact, pending));
    }

    public Uri PactUrl(string provider, string consumer) => new(BaseUri, $"/pacts/provider/{provider}/consumer/{consumer}/latest");

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private void Map(WebApplication app, string? requiredAuthorization)
    {
        app.Use(async (context, next) =>
        {
            var body = context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0
                ? await JsonNode.ParseAsync(context.Request.Body)
                : null;
            var authorization = context.Request.Headers.Authorization.ToString();
            Requests.Enqueue(new(context.Request.Method, context.Request.Path.Value!, authorization.Length == 0 ? null : authorization, body));
            if (requiredAuthorization is not null && authorization != requiredAuthorization)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            await next(context);
        });

        app.MapGet("/", () => Hal(new JsonObject
        {
            ["_links"] = new JsonObject
            {
                ["pb:provider-pacts-for-verification"] = Link("/pacts/provider/{provider}/for-verification", templated: true),
            },
        }));

        app.MapGet("/pacts/provider/{provider}/for-verification", (string provider) =>
            Hal(new JsonObject { ["_links"] = new JsonObject { ["self"] = Link($"/pacts/provider/{provider}/for-verification") } }));

        app.MapPost("/pacts/provider/{provider}/for-verification", (string provider) => Hal(new JsonObject
        {
            ["_embedded"] = new JsonObject
            {
                ["pacts"] = new JsonArray([.. _pacts.Select(p => (JsonNode)new JsonObject
                {
                    ["shortDescription"] = $"latest pact of {p.Consumer}",
                    ["verificationProperties"] = new JsonObject
                    {
                        ["pending"] = p.Pending,
                        ["notices"] = new JsonArray(new JsonObject { ["when"] = "before_verification", ["text"] = $"The pact of {p.Consumer} is served by a stub." }),
                    },
                    ["_links"] = new JsonObject { ["self"] = Link(PactUrl(provider, p.Consumer).AbsolutePath) },
                })]),
            },
        }));

        app.MapGet("/pacts/provider/{provider}/consumer/{consumer}/latest", (string provider, string consumer) =>
        {
            var pact = _pacts.Single(p => p.Consumer == consumer).Pact.DeepClone().AsObject();
            pact["_links"] = new JsonObject
            {
                ["pb:publish-verification-results"] = Link($"/pacts/provider/{provider}/consumer/{consumer}/verification-results"),
                ["pb:provider"] = Link($"/pacticipants/{provider}"),
            };
            return Hal(pact);
        });

        app.MapGet("/pacticipants/{provider}", (string provider) => Hal(new JsonObject
        {
            ["name"] = provider,
            ["_links"] = new JsonObject
            {
                ["pb:branch-version"] = Link($"/pacticipants/{provider}/branches/{{branch}}/versions/{{version}}", templated: true),
                ["pb:version-tag"] = Link($"/pacticipants/{provider}/versions/{{version}}/tags/{{tag}}", templated: true),
            },
        }));

        app.MapPut("/pacticipants/{provider}/branches/{branch}/versions/{version}", () => Hal(new JsonObject()));
        app.MapPut("/pacticipants/{provider}/versions/{version}/tags/{tag}", () => Hal(new JsonObject()));
        app.MapPost("/pacts/provider/{provider}/consumer/{consumer}/verification-results", () => Hal(new JsonObject(), StatusCodes.Status201Created));
    }

    private JsonObject Link(string path, bool templated = false)
    {
        // Braces of a URI template must reach the verifier unescaped.
        var link = new JsonObject { ["href"] = $"{BaseUri.GetLeftPart(UriPartial.Authority)}{path}" };
        if (templated)
        {
            link["templated"] = true;
        }

        return link;
    }

    private static IResult Hal(JsonObject body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/hal+json", statusCode: status);
}
