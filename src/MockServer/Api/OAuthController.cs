using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Rememberizer.Contract.Fake.OAuth;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class OAuthController(OAuthService oauth) : OAuthControllerBase
{
    /// <summary>Consent is implied: a signed-in, verified user is sent straight back with a code.</summary>
    [Authorize(Policy = AuthPolicies.VerifiedUser)]
    public override async Task<IActionResult> AuthorizeOAuthApplication(Response_type response_type, string client_id, Uri redirect_uri, string state, string? scope)
    {
        IActionResult answer;
        if (client_id != OAuthClient.Id)
        {
            answer = DrfErrors.Field("client_id", "Unknown client.");
        }
        else if (redirect_uri.OriginalString.Any(char.IsControl))
        {
            // No Location header can carry them (and CR LF would split it): refused before a code is minted.
            answer = DrfErrors.Field("redirect_uri", "Enter a valid URL.");
        }
        else if (!OAuthClient.AcceptsRedirect(redirect_uri))
        {
            answer = DrfErrors.Field("redirect_uri", "Enter an absolute http or https URI without a fragment.");
        }
        else
        {
            var code = await oauth.AuthorizeAsync(User.UserId(), client_id, redirect_uri, scope);
            var location = QueryHelpers.AddQueryString(AsciiLocation(redirect_uri), new Dictionary<string, string?> { ["code"] = code, ["state"] = state });
            answer = Redirect(location);
        }

        return answer;
    }

    /// <summary>
    /// The redirect URI as written when it is ASCII; otherwise escaped, its host in IDN form, since a header carries
    /// only ASCII.
    /// </summary>
    private static string AsciiLocation(Uri redirectUri) =>
        Ascii.IsValid(redirectUri.OriginalString)
            ? redirectUri.OriginalString
            : new UriBuilder(redirectUri) { Host = redirectUri.IdnHost }.Uri.AbsoluteUri;

    // The generated base binds the body as JSON; the endpoint is form-encoded (RFC 6749 §4.1.3), hence FromForm here.
    public override async Task<ActionResult<OAuthTokenResponse>> ExchangeOAuthToken([FromForm] OAuthTokenRequest body)
    {
        // Token responses must not be cached (RFC 6749 §5.1); errors carry the same header for simplicity.
        Response.Headers.CacheControl = "no-store";
        var (clientId, clientSecret, refusal, basic) = OAuthClientCredentials.Read(Request, body.Client_id, body.Client_secret);
        if (refusal is not null)
        {
            return Refuse(refusal, basic);
        }

        var (tokens, failure) = body.Grant_type == OAuthTokenRequestGrant_type.Authorization_code
            ? await oauth.ExchangeCodeAsync(clientId!, clientSecret!, body.Code, body.Redirect_uri)
            : await oauth.ExchangeRefreshTokenAsync(clientId!, clientSecret!, body.Refresh_token);
        if (failure is not null)
        {
            return Refuse(failure, basic);
        }

        return Ok(new OAuthTokenResponse
        {
            Access_token = tokens!.AccessToken,
            Refresh_token = tokens.RefreshToken,
            Token_type = "Bearer",
            Expires_in = tokens.ExpiresIn,
            // The spec's scope is a non-nullable string: an authorization that asked for none reads as "".
            Scope = tokens.Scope ?? "",
        });
    }

    // A client that authenticated with HTTP Basic and failed is told the scheme again (RFC 6749 §5.2).
    private ObjectResult Refuse(OAuthFailure failure, bool basic)
    {
        if (basic && failure.Status == StatusCodes.Status401Unauthorized)
        {
            Response.Headers.WWWAuthenticate = "Basic realm=\"oauth\"";
        }

        return OAuthErrors.From(failure);
    }
}
