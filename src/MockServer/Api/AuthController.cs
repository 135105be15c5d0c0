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

    public override async Task<ActionResult<SignUpResponse>> SignUp(SignUpRequest body)
    {
        var result = await accounts.SignUpAsync(body.Email, body.Password, body.Name, body.Captcha);
        if (result.User is not { } user)
        {
            return DrfErrors.Fields(result.Errors);
        }

        var tokens = await sessions.StartAsync(user.Id);
        cookies.Write(HttpContext, tokens);
        var created = new SignUpResponse { Id = user.Id, Email = user.Email, Name = user.Name, Email_verified = user.EmailVerified, Access = tokens.Access };
        return StatusCode(StatusCodes.Status201Created, created);
    }

    public override async Task<IActionResult> SignIn(SignInRequest body)
    {
        var result = await accounts.SignInAsync(body.Login, body.Password, body.Captcha);
        return result switch
        {
            { Outcome: SignInOutcome.CaptchaFailed } => DrfErrors.Field("captcha", AccountMessages.CaptchaFailed),
            { Outcome: SignInOutcome.SignedIn, User: { } user } => await SignedInAsync(user.Id),
            _ => DrfErrors.Detail(StatusCodes.Status401Unauthorized, AccountMessages.BadCredentials),
        };
    }

    [Authorize(Policy = AuthPolicies.SignedIn)]
    public override async Task<ActionResult<VerifyEmailResponse>> VerifyEmail(VerifyEmailRequest body) =>
        await accounts.VerifyEmailAsync(User.UserId(), body.Verification_code) switch
        {
            VerifyOutcome.Verified => Ok(new VerifyEmailResponse { Detail = AccountMessages.Verified, Email_verified = true }),
            VerifyOutcome.Locked => DrfErrors.Detail(StatusCodes.Status429TooManyRequests, AccountMessages.CodeLocked),
            VerifyOutcome.UnknownUser => DrfErrors.Detail(StatusCodes.Status401Unauthorized, DrfErrors.NotAuthenticatedText),
            _ => DrfErrors.Field("verification_code", AccountMessages.CodeRejected),
        };

    public override async Task<IActionResult> RefreshSession()
    {
        if (await sessions.RefreshAsync(SessionCookies.ReadRefresh(Request)) is not { } tokens)
        {
            cookies.Clear(HttpContext);
            return DrfErrors.Detail(StatusCodes.Status401Unauthorized, RefreshRejectedText, SessionAuthenticationHandler.TokenNotValidCode);
        }

        cookies.Write(HttpContext, tokens);
        return NoContent();
    }

    public override async Task<IActionResult> LogOut()
    {
        await sessions.EndByRefreshTokenAsync(SessionCookies.ReadRefresh(Request));
        // A still-valid access token (cookie or Bearer) names the session too; end it even without the refresh cookie.
        if (CallerPrincipal.Claim(User, MockClaims.SessionId) is { } sessionId)
        {
            await sessions.EndAsync(sessionId);
        }

        cookies.Clear(HttpContext);
        return NoContent();
    }

    private async Task<IActionResult> SignedInAsync(int userId)
    {
        cookies.Write(HttpContext, await sessions.StartAsync(userId));
        return NoContent();
    }
}
