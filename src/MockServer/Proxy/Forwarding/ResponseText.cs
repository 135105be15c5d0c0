using System.IO.Compression;
using System.Text;

namespace Rememberizer.Contract.MockServer.Proxy.Forwarding;

/// <summary>
/// The text of a captured answer for the checks: decompressed when the upstream compressed it (the client got the
/// compressed bytes, untouched), null when it is not text or was not captured whole.
/// </summary>
public static class ResponseText
{
    public static string? Read(byte[] captured, long total, string? contentType, string? contentEncoding)
    {
        if (captured.Length < total || !IsText(contentType))
        {
            return null;
        }

        try
        {
            using var raw = new MemoryStream(captured);
            using Stream decoded = (contentEncoding ?? "").Trim().ToLowerInvariant() switch
            {
                "" or "identity" => raw,
                "gzip" => new GZipStream(raw, CompressionMode.Decompress),
                "deflate" => new ZLibStream(raw, CompressionMode.Decompress),
                "br" => new BrotliStream(raw, CompressionMode.Decompress),
                _ => throw new InvalidDataException($"Content-Encoding {contentEncoding} is not one the proxy reads."),
            };
            // A small compressed body can stand for a huge one: what decodes past the limit is not checked.
            var text = new byte[ForwardingStage.CheckedBodyLimit + 1];
            var length = decoded.ReadAtLeast(text, text.Length, throwOnEndOfStream: false);
            return length > ForwardingStage.CheckedBodyLimit ? null : Encoding.UTF8.GetString(text, 0, length);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsText(string? contentType) =>
        contentType is null
        || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase);
}
