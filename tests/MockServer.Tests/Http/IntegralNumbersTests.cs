using NJsonSchema;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// The body rewrite behind DRF's reading of <c>5.0</c> as 5: only a float at an integer position changes, and a body
/// whose points all follow letters (e-mail addresses, say) is left alone without being parsed.
/// </summary>
public sealed class IntegralNumbersTests
{
    private static async Task<JsonSchema> SchemaAsync() => await JsonSchema.FromJsonAsync(
        """{"type": "object", "properties": {"email": {"type": "string"}, "n": {"type": "integer"}, "score": {"type": "number"}}}""",
        TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("""{"email": "a.b@example.com", "n": 5}""", null)]
    [InlineData("""{"n": 5.0}""", """{"n":5}""")]
    [InlineData("""{"email": "user5.x@example.com", "n": 5.00}""", """{"email":"user5.x@example.com","n":5}""")]
    [InlineData("""{"email": "user5.x@example.com", "n": 5}""", null)]
    [InlineData("""{"score": 5.0}""", null)]
    [InlineData("""{"n": 5.5}""", null)]
    [InlineData("", null)]
    [InlineData(".", null)]
    [InlineData("5.", null)]
    public async Task RewritesOnlyIntegralFloatsAtIntegerPositions(string body, string? expected) =>
        Assert.Equal(expected, IntegralNumbers.Normalize(await SchemaAsync(), body));
}
