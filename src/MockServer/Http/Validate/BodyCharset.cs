using System.Text;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Http.Validate;

/// <summary>
/// Reads a JSON body in the charset its Content-Type declares (UTF-8 when it declares none), as DRF's JSON parser
/// does: bytes that do not decode are a JSON parse error, a charset nobody knows an unsupported media type.
/// </summary>
internal static class BodyCharset
{
    /// <summary>The text, or the status and DRF detail refusing the body.</summary>
    public static (string? Text, int Status, string? Detail) Decode(HttpContext context, string? charset, ReadOnlySpan<byte> body)
    {
        if (Encoding(charset) is not { } encoding)
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, DrfStatusText.For(StatusCodes.Status415UnsupportedMediaType, context));
        }

        try
        {
            return (encoding.GetString(body), 0, null);
        }
        catch (DecoderFallbackException exception)
        {
            return (null, StatusCodes.Status400BadRequest, $"JSON parse error - {exception.Message}");
        }
    }

    /// <summary>A throwing decoder for the declared charset (UTF-8 by default); null when the charset is unknown.</summary>
    private static Encoding? Encoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return Utf8;
        }

        try
        {
            // The code-page provider adds the Windows and ISO charsets .NET itself leaves out, without registering
            // them for the whole process.
            return CodePagesEncodingProvider.Instance.GetEncoding(charset, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? System.Text.Encoding.GetEncoding(charset, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
