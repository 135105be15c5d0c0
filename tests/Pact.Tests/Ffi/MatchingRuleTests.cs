using System.Net;
using System.Text.Json.Nodes;

namespace Rememberizer.Contract.Pact.Tests.Ffi;

/// <summary>
/// Each matcher written through pact_ffi: the response body carries it, the consumer test reads the example from
/// the mock server, and the pact file holds the rule the Pact specification (V4) defines for it.
/// </summary>
public sealed class MatchingRuleTests : IDisposable
{
    private readonly TempDirectory _pacts = new();

    public static TheoryData<string, string, string> Matchers => new()
    {
        { "at-most array", "$.tags", """{"match":"type","max":2}""" },
        { "min-max array", "$.tags", """{"match":"type","min":1,"max":3}""" },
        { "array contains", "$.events", """{"match":"arrayContains","variants":[{"index":0,"rules":{"$.kind":{"combine":"AND","matchers":[{"match":"regex","regex":"^(created|deleted)$"}]}}},{"index":1,"rules":{"$.id":{"combine":"AND","matchers":[{"match":"integer"}]}}}]}""" },
        { "each key", "$.names", """{"match":"eachKey","rules":[{"match":"regex","regex":"^[a-z]{2}$"}]}""" },
        { "each value", "$.names", """{"match":"eachValue","rules":[{"match":"type"}]}""" },
        { "null", "$.deleted_at", """{"match":"null"}""" },
        { "number", "$.score", """{"match":"number"}""" },
        { "semver", "$.version", """{"match":"semver"}""" },
    };

    [Theory]
    [MemberData(nameof(Matchers))]
    public async Task MatcherWritesTheRuleThePactSpecificationDefines(string name, string path, string expectedRule)
    {
        var body = Body(name);

        var pact = await WriteAsync(r => r.WithStatus(200).WithJsonBody(body), "application/json");

        var rule = FirstRule(pact, path);
        rule.Remove("value"); // each-key and each-value also keep pact_ffi's copy of the example
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedRule), rule), $"{name}: expected {expectedRule}, the pact has {rule.ToJsonString()}");
    }

    [Fact]
    public async Task BinaryBodyWritesAContentTypeRuleOnTheWholeBody()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var pact = await WriteAsync(r => r.WithStatus(200).WithBinaryBody("image/png", png), "image/png");

        var rule = FirstRule(pact, "$");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"match":"contentType","value":"image/png"}"""), rule), rule.ToJsonString());
    }

    public void Dispose() => _pacts.Dispose();

    private static object Body(string matcher) => matcher switch
    {
        "at-most array" => new { tags = Match.AtMostLike("news", max: 2) },
        "min-max array" => new { tags = Match.MinMaxLike("news", min: 1, max: 3) },
        "array contains" => new
        {
            events = Match.ArrayContaining(
                new { kind = Match.Regex("created", "^(created|deleted)$") },
                new { id = Match.Integer(7) }),
        },
        "each key" => new { names = Match.EachKey(new { en = "Notes", fr = "Notes" }, Match.Regex("en", "^[a-z]{2}$")) },
        "each value" => new { names = Match.EachValue(new { en = "Notes" }, Match.Type("Notes")) },
        "null" => new { deleted_at = Match.Null() },
        "number" => new { score = Match.Number(0.75) },
        "semver" => new { version = Match.Semver("1.4.0-rc.1") },
        _ => throw new ArgumentOutOfRangeException(nameof(matcher), matcher, null),
    };

    /// <summary>Declares GET /thing with the given response, calls it once and returns the written pact.</summary>
    private async Task<JsonNode> WriteAsync(Action<ResponseBuilder> response, string contentType)
    {
        var pact = ConsumerPact.V4("matcher-consumer", "matcher-provider", new PactConfig { PactDir = _pacts.Path });
        response(pact.UponReceiving("a thing").WithRequest(HttpMethod.Get, "/thing").WillRespond());
        await pact.VerifyAsync(async ctx =>
        {
            using var client = SamplePact.Client(ctx.MockServerUri);
            using var answer = await client.GetAsync("/thing", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal(contentType, answer.Content.Headers.ContentType?.MediaType);
        });
        return JsonNode.Parse(await File.ReadAllTextAsync(_pacts.Combine("matcher-consumer-matcher-provider.json"), TestContext.Current.CancellationToken))!;
    }

    private static JsonObject FirstRule(JsonNode pact, string path) =>
        pact["interactions"]![0]!["response"]!["matchingRules"]!["body"]![path]!["matchers"]![0]!.AsObject();
}
