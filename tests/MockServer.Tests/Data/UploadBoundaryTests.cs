using System.Net;
using System.Text;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

/// <summary>
/// An upload whose multipart boundary the form reader refuses (a space in it, say) is a multipart parse error,
/// as a body that does not parse is, and uploads nothing.
/// </summary>
public sealed class UploadBoundaryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABoundaryWithASpaceIsAMultipartParseErrorAndUploadsNothing()
    {
        const string boundary = "a b";
        await using var app = new MockServerApp();
        var (client, store) = await app.PrimaryStoreClientAsync();
        var before = (await client.GetJsonAsync($"/api/v1/vector-stores/{store}/documents")).GetArrayLength();
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nalpha\r\n--{boundary}--\r\n"));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");

        var response = await client.PostAsync($"/api/v1/vector-stores/{store}/documents/upload", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Multipart form parse error - ", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(before, (await client.GetJsonAsync($"/api/v1/vector-stores/{store}/documents")).GetArrayLength());
    }
}
