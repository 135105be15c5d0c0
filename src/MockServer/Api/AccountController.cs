using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>
/// <c>/account/</c> and <c>/me/</c>: open to unverified users too, so a frontend can read its state, and to
/// common-knowledge keys, which read their owner's account.
/// </summary>
[ApiController]
[Authorize(Policy = AuthPolicies.AccountReader)]
public sealed class AccountController(UserStore users, CallerLibraries libraries) : AccountControllerBase
{
    // Plausible constants for what the fake does not model (onboarding, plan and usage).
    private const int UserOnboardingStatus = 7;
    private const int DevOnboardingStatus = 3;
    private const int EmbedQuota = 10000;
    private const int CurrentUsage = 0;

    public override Task<ActionResult<Account>> GetAccount()
    {
        ActionResult<Account> answer = users.Find(User.UserId()) is { } user
            ? Ok(new Account { Id = user.Id, Email = user.Email, Name = user.Name, Datasource_description = DataSourceDescription() })
            : NoSuchUser();
        return Task.FromResult(answer);
    }

    public override Task<ActionResult<Me>> GetMe()
    {
        ActionResult<Me> answer = users.Find(User.UserId()) is { } user
            ? Ok(new Me
            {
                Id = user.Id,
                Email = user.Email,
                Name = user.Name,
                User_onboarding_status = UserOnboardingStatus,
                Dev_onboarding_status = DevOnboardingStatus,
                Company_name = null,
                Website = null,
                Bio = null,
                Team = [],
                Embed_quota = EmbedQuota,
                Current_usage = CurrentUsage,
                Email_verified = user.EmailVerified,
            })
            : NoSuchUser();
        return Task.FromResult(answer);
    }

    private string? DataSourceDescription() =>
        libraries.KnowledgeOf(User) is { } knowledge ? $"{knowledge.Name}: {knowledge.Description}" : null;

    // Only reachable if the user vanished while the session lived on; the caller is then nobody.
    private static ObjectResult NoSuchUser() => DrfErrors.Detail(StatusCodes.Status401Unauthorized, DrfErrors.NotAuthenticatedText);
}
