using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class AuthController(AccountService accounts, SessionTokens sessions, SessionCookies cookies) : AuthControllerBase
{
    public const string RefreshRejectedText = "Token is invalid or expired";

    public override Task<ActionResult<SignUpResponse>> SignUp(SignUpRequest body)
    {
        var result = accounts.SignUp(body.Email, body.Password, body.Name, body.Captcha);
        if (result.User is not { } user)
        {
            return Task.FromResult<ActionResult<SignUpResponse>>(DrfErrors.Fields(result.Errors));
        }

        var tokens = sessions.Start(user.Id);
        cookies.Write(HttpContext, tokens);
        var created = new SignUpResponse { Id = user.Id, Email = user.Email, Name = user.Name, Email_verified = user.EmailVerified, Access = tokens.Access };
        return Task.FromResult<ActionResult<SignUpResponse>>(StatusCode(StatusCodes.Status201Created, created));
    }

    public override Task<IActionResult> SignIn(SignInRequest body)
    {
        var result = accounts.SignIn(body.Login, body.Password, body.Captcha);
        IActionResult answer = result switch
        {
            { Outcome: SignInOutcome.CaptchaFailed } => DrfErrors.Field("captcha", AccountMessages.CaptchaFailed),
            { Outcome: SignInOutcome.SignedIn, User: { } user } => SignedIn(user.Id),
            _ => DrfErrors.Detail(StatusCodes.Status401Unauthorized, AccountMessages.BadCredentials),
        };
        return Task.FromResult(answer);
    }

    [Authorize(Policy = AuthPolicies.SignedIn)]
    public override Task<ActionResult<VerifyEmailResponse>> VerifyEmail(VerifyEmailRequest body)
    {
        ActionResult<VerifyEmailResponse> answer = accounts.VerifyEmail(User.UserId(), body.Verification_code) switch
        {
            VerifyOutcome.Verified => Ok(new VerifyEmailResponse { Detail = AccountMessages.Verified, Email_verified = true }),
            VerifyOutcome.Locked => DrfErrors.Detail(StatusCodes.Status429TooManyRequests, AccountMessages.CodeLocked),
            VerifyOutcome.UnknownUser => DrfErrors.Detail(StatusCodes.Status401Unauthorized, DrfErrors.NotAuthenticatedText),
            _ => DrfErrors.Field("verification_code", AccountMessages.CodeRejected),
        };
        return Task.FromResult(answer);
    }

    public override Task<IActionResult> RefreshSession()
    {
        if (sessions.Refresh(SessionCookies.ReadRefresh(Request)) is not { } tokens)
        {
            cookies.Clear(HttpContext);
            return Task.FromResult<IActionResult>(
                DrfErrors.Detail(StatusCodes.Status401Unauthorized, RefreshRejectedText, SessionAuthenticationHandler.TokenNotValidCode));
        }

        cookies.Write(HttpContext, tokens);
        return Task.FromResult<IActionResult>(NoContent());
    }

    public override Task<IActionResult> LogOut()
    {
        sessions.EndByRefreshToken(SessionCookies.ReadRefresh(Request));
        // A still-valid access token (cookie or Bearer) names the session too; end it even without the refresh cookie.
        if (User.FindFirst(MockClaims.SessionId)?.Value is { } sessionId)
        {
            sessions.End(sessionId);
        }

        cookies.Clear(HttpContext);
        return Task.FromResult<IActionResult>(NoContent());
    }

    private NoContentResult SignedIn(int userId)
    {
        cookies.Write(HttpContext, sessions.Start(userId));
        return NoContent();
    }
}
