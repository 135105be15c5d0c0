using System.Net.Http.Headers;
using System.Text;
using Rememberizer.Contract.Fake.OAuth;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>
/// How a client authenticates at the token endpoint (RFC 6749 §2.3.1): HTTP Basic with its id and secret, each
/// form-urlencoded before the Base64, as most OAuth libraries send them, or <c>client_id</c> and
/// <c>client_secret</c> in the form. One method per request (§2.3): a secret in both places is refused; a form
/// <c>client_id</c> beside Basic must name the same client.
/// </summary>
public static class OAuthClientCredentials
{
    private const string BasicScheme = "Basic";

    /// <summary>The client's id and secret, or the RFC 6749 error to answer (<c>Challenge</c>: say Basic in WWW-Authenticate).</summary>
    public static (string? Id, string? Secret, OAuthFailure? Failure, bool Challenge) Read(HttpRequest request, string? formId, string? formSecret)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            || !header.Scheme.Equals(BasicScheme, StringComparison.OrdinalIgnoreCase))
        {
            return formId is null ? (null, null, Missing("client_id"), false)
                : formSecret is null ? (null, null, Missing("client_secret"), false)
                : (formId, formSecret, null, false);
        }

        if (Decode(header.Parameter) is not var (id, secret))
        {
            return (null, null, new OAuthFailure(StatusCodes.Status401Unauthorized, "invalid_client", "The Authorization header is not HTTP Basic credentials (Base64 of client_id:client_secret)."), true);
        }

        if (formSecret is not null || (formId is not null && formId != id))
        {
            return (null, null, new OAuthFailure(StatusCodes.Status400BadRequest, "invalid_request",
                "The client authenticated twice: send its credentials either with HTTP Basic or as client_id and client_secret in the form, not both."), false);
        }

        return (id, secret, null, true);
    }

    private static (string Id, string Secret)? Decode(string? parameter)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(parameter ?? ""));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon <= 0 ? null : (Uri.UnescapeDataString(text[..colon].Replace('+', ' ')), Uri.UnescapeDataString(text[(colon + 1)..].Replace('+', ' ')));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static OAuthFailure Missing(string field) =>
        new(StatusCodes.Status400BadRequest, "invalid_request", $"{field}: This field is required (or authenticate the client with HTTP Basic).");
}
