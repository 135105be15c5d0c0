using Microsoft.Net.Http.Headers;

namespace Rememberizer.Contract.MockServer.Pages;

/// <summary>
/// A file of <c>Pages/Assets</c>, embedded in the assembly so the single-file binary and the .NET tool carry it:
/// read once, served with an ETag (a revisit costs a 304) and revalidated on every visit, so an upgrade shows at once.
/// </summary>
public sealed class EmbeddedAsset(string name, string contentType)
{
    private readonly Lazy<(byte[] Bytes, EntityTagHeaderValue ETag)> _content = new(() => Read(name));

    public string Text => System.Text.Encoding.UTF8.GetString(_content.Value.Bytes);

    public IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(_content.Value.Bytes, contentType, entityTag: _content.Value.ETag);
    }

    private static (byte[], EntityTagHeaderValue) Read(string name)
    {
        using var stream = typeof(EmbeddedAsset).Assembly.GetManifestResourceStream($"pages/{name}")
            ?? throw new InvalidOperationException($"The page asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes).AsSpan(0, 8));
        return (bytes, new EntityTagHeaderValue($"\"{hash}\""));
    }
}
