using Microsoft.AspNetCore.Authentication.JwtBearer;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Hooks of the JWT bearer handler: the token comes from the Authorization header or, failing that, the
/// <c>access_token</c> cookie; a valid signature is not enough, the session must still be alive; and a challenge
/// answers with DRF's body instead of an empty 401.
/// </summary>
public sealed class MockJwtEvents(SessionStore sessions) : JwtBearerEvents
{
    public const string InvalidTokenText = "Given token not valid for any token type";
    public const string TokenNotValidCode = "token_not_valid";

    public override Task MessageReceived(MessageReceivedContext context)
    {
        if (!CredentialsScheme.HasBearer(context.Request))
        {
            context.Token = SessionCookies.ReadAccess(context.Request);
        }

        return Task.CompletedTask;
    }

    public override Task TokenValidated(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (principal?.FindFirst(AccessTokens.TokenTypeClaim)?.Value != AccessTokens.AccessTokenType
            || principal.FindFirst(MockClaims.UserId) is null
            || principal.FindFirst(MockClaims.SessionId)?.Value is not { } sid
            || !sessions.IsActive(sid))
        {
            context.Fail("The session of this token has ended.");
        }

        return Task.CompletedTask;
    }

    public override async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"api\"";
        if (context.AuthenticateFailure is null)
        {
            await DrfErrors.WriteDetailAsync(context.HttpContext, StatusCodes.Status401Unauthorized, DrfErrors.NotAuthenticatedText);
            return;
        }

        await DrfErrors.WriteDetailAsync(context.HttpContext, StatusCodes.Status401Unauthorized, InvalidTokenText, TokenNotValidCode);
    }
}
