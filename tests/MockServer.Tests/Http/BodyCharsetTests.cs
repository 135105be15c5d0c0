using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Rememberizer.Contract.MockServer.Tests.Data;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Http;

/// <summary>
/// A JSON body is read in the charset its Content-Type declares: text that does not decode in it is a JSON parse
/// error, a charset nobody knows is an unsupported media type, and neither ever reaches the fake.
/// </summary>
public sealed class BodyCharsetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ByteArrayContent Body(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static async Task<HttpResponseMessage> SearchAsync(MockServerApp app, byte[] bytes, string contentType) =>
        await app.KeyClient(await app.StartupKnowledgeKeyAsync())
            .PostAsync("/api/v1/documents/agentic_search/", Body(bytes, contentType), Ct);

    [Fact]
    public async Task Utf16TextDeclaredAsUtf16IsRead()
    {
        await using var app = new MockServerApp();

        var response = await SearchAsync(app, Encoding.Unicode.GetBytes("""{"query": "x"}"""), "application/json; charset=utf-16");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"query":"x"}""")]
    [InlineData("""{"query": "x"}""")]
    public async Task Utf8BytesDeclaredAsUtf16AreAJsonParseError(string json)
    {
        await using var app = new MockServerApp();

        var response = await SearchAsync(app, Encoding.UTF8.GetBytes(json), "application/json; charset=utf-16");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("JSON parse error - ", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task InvalidUtf8IsAJsonParseError()
    {
        await using var app = new MockServerApp();

        var response = await SearchAsync(app, [.. Encoding.UTF8.GetBytes("""{"query": "x"""), 0xFF, .. Encoding.UTF8.GetBytes("\"}")], "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("JSON parse error - ", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownCharsetIsAnUnsupportedMediaType()
    {
        await using var app = new MockServerApp();

        var response = await SearchAsync(app, Encoding.UTF8.GetBytes("""{"query": "x"}"""), "application/json; charset=no-such-charset");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Unsupported media type \"application/json; charset=no-such-charset\" in request.",
            (await response.JsonAsync()).GetProperty("detail").GetString());
    }
}
