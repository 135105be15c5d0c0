using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Authenticates the session's access JWT, from <c>Authorization: Bearer</c> or, failing that, the
/// <c>access_token</c> cookie. A valid signature is not enough: the session must still be alive (logout and
/// refresh-token reuse end it at once). A challenge answers with DRF's body, as simplejwt words it. Tokens and
/// sessions are the request's tenant's.
/// </summary>
public sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Session";
    public const string InvalidTokenText = "Given token not valid for any token type";
    public const string TokenNotValidCode = "token_not_valid";
    private const string Challenge = "Bearer realm=\"api\"";

    // Not async itself: a token seen before is decided without copying it out of the header or awaiting anything.
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var validator = Context.RequestServices.GetRequiredService<SessionTokenValidator>();
        ValueTask<ValidatedToken?> validation;
        if (CredentialsScheme.TryGetBearerToken(Request, out var bearer))
        {
            validation = validator.ValidateAsync(bearer);
        }
        else if (SessionCookies.ReadAccess(Request) is { } cookie)
        {
            validation = validator.ValidateAsync(cookie);
        }
        else
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return validation.IsCompletedSuccessfully ? Task.FromResult(Decide(validation.Result)) : DecideAsync(validation);
    }

    private async Task<AuthenticateResult> DecideAsync(ValueTask<ValidatedToken?> validation) => Decide(await validation);

    private AuthenticateResult Decide(ValidatedToken? validated) =>
        validated is null ? AuthenticateResult.Fail(InvalidTokenText)
        : Context.RequestServices.GetRequiredService<SessionStore>().IsActive(validated.SessionId) ? AuthenticateResult.Success(new AuthenticationTicket(validated.Principal, SchemeName))
        : AuthenticateResult.Fail("The session of this token has ended.");

    /// <summary>The 401 of a token that names no live session (or, found later in a request, no user any more).</summary>
    public static Task WriteInvalidTokenAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = Challenge;
        return DrfErrors.WriteDetailAsync(context, StatusCodes.Status401Unauthorized, InvalidTokenText, TokenNotValidCode);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if ((await HandleAuthenticateOnceSafeAsync()).Failure is not null)
        {
            await WriteInvalidTokenAsync(Context);
            return;
        }

        Response.Headers.WWWAuthenticate = Challenge;
        await DrfErrors.WriteDetailAsync(Context, StatusCodes.Status401Unauthorized, DrfErrors.NotAuthenticatedText);
    }
}
