using System.CommandLine.Parsing;

namespace Rememberizer.Contract.MockServer.Hosting.CommandLine;

/// <summary>Parses options that take absolute http(s) URLs; anything else is a parse error naming the token.</summary>
public static class HttpUrlArgument
{
    public static Uri[] Many(ArgumentResult result)
    {
        var urls = new List<Uri>();
        foreach (var token in result.Tokens)
        {
            if (Uri.TryCreate(token.Value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                urls.Add(url);
            }
            else
            {
                result.AddError($"'{token.Value}' is not an absolute http(s) URL.");
                return [];
            }
        }

        return [.. urls];
    }

    // A refused URL leaves no value (the parse error says why).
    public static Uri? Single(ArgumentResult result) => Many(result).SingleOrDefault();
}
