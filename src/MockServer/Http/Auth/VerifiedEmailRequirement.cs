using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.MockServer.Fake.Accounts;

namespace Rememberizer.Contract.MockServer.Http.Auth;

/// <summary>The signed-in user has confirmed the e-mail address (unless <c>Auth:RequireVerifiedEmail</c> is off).</summary>
public sealed class VerifiedEmailRequirement : IAuthorizationRequirement;

/// <summary>
/// Reads the user store on every call rather than trusting a claim, so a user who verifies mid-session is let
/// through at once without a new token.
/// </summary>
public sealed class VerifiedEmailHandler(UserStore users, IOptions<AuthOptions> options) : AuthorizationHandler<VerifiedEmailRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, VerifiedEmailRequirement requirement)
    {
        if (!options.Value.RequireVerifiedEmail)
        {
            context.Succeed(requirement);
        }
        else if (context.User.Identity?.IsAuthenticated == true && users.Find(context.User.UserId())?.EmailVerified == true)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, AccountMessages.NotVerified));
        }

        return Task.CompletedTask;
    }
}
