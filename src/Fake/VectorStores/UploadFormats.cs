using System.Text;
using System.Text.RegularExpressions;

namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>
/// The file types the upload accepts (as documented) and how text is taken out of them: text formats are decoded,
/// HTML loses its tags, and binary office formats give up their printable runs, which is enough to search them.
/// </summary>
public static partial class UploadFormats
{
    private static readonly Dictionary<string, string> MimeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".txt"] = "text/plain",
        [".md"] = "text/markdown",
        [".json"] = "application/json",
        [".html"] = "text/html",
        [".htm"] = "text/html",
    };

    public static string? MimeTypeOf(string fileName) => MimeTypes.GetValueOrDefault(Path.GetExtension(fileName));

    public static string ExtractText(string mimeType, byte[] content) => mimeType switch
    {
        "text/plain" or "text/markdown" or "application/json" => Encoding.UTF8.GetString(content),
        "text/html" => Tags().Replace(Encoding.UTF8.GetString(content), " "),
        _ => string.Join(' ', PrintableRuns().Matches(Encoding.Latin1.GetString(content)).Select(m => m.Value)),
    };

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("[A-Za-z0-9 .,;:'\"!?()-]{4,}")]
    private static partial Regex PrintableRuns();
}
