using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>How an endpoint treats a session: not at all, any signed-in user, or only a verified one.</summary>
public enum SessionRule
{
    Refused,
    Any,
    Verified,
}

/// <summary>Which credentials an endpoint accepts once the caller is authenticated; the rest get a 403 saying why.</summary>
public sealed record CallerRequirement(SessionRule Session, bool AcceptsKnowledgeKey = false, bool AcceptsVectorStoreKey = false, bool AcceptsPublicKnowledge = false) : IAuthorizationRequirement;

/// <summary>
/// Decides a <see cref="CallerRequirement"/>. The verified check reads the user store on every call rather than
/// trusting a claim, so a user who verifies mid-session is let through at once without a new token: the store of the
/// tenant the request acts on (the authorization middleware hands the handler the request as its resource).
/// </summary>
public sealed class CallerRequirementHandler(IOptions<AuthOptions> options) : AuthorizationHandler<CallerRequirement>
{
    public const string SessionOnly = "This endpoint does not accept API keys; sign in instead.";
    public const string VectorStoreKeyElsewhere = "A vector store's API key reaches only the /vector-stores/ endpoints of its store.";
    public const string KnowledgeKeyOnVectorStore = "A common-knowledge API key does not reach vector stores; send the store's own key.";
    public const string PublicKnowledgeReadOnly = "The public-ck-id header only reads a public common knowledge; memorizing and other changes need its API key or a session.";
    private const string NoPermission = "You do not have permission to perform this action.";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CallerRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask; // not authenticated: the challenge answers 401
        }

        var refusal = CallerPrincipal.Claim(context.User, MockClaims.KeyKind) switch
        {
            KeyKinds.VectorStore => requirement.AcceptsVectorStoreKey ? null : VectorStoreKeyElsewhere,
            KeyKinds.CommonKnowledge when requirement.AcceptsKnowledgeKey => null,
            KeyKinds.CommonKnowledge => requirement.AcceptsVectorStoreKey ? KnowledgeKeyOnVectorStore : SessionOnly,
            KeyKinds.PublicKnowledge => requirement.AcceptsPublicKnowledge ? null : PublicKnowledgeReadOnly,
            _ => SessionRefusal(context, requirement.Session),
        };
        if (refusal is null)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, refusal));
        }

        return Task.CompletedTask;
    }

    private string? SessionRefusal(AuthorizationHandlerContext context, SessionRule rule) => rule switch
    {
        SessionRule.Refused => NoPermission,
        SessionRule.Verified when options.Value.RequireVerifiedEmail && !IsVerified(context) => AccountMessages.NotVerified,
        _ => null,
    };

    // Without a request there is no tenant to ask, and so no verified user.
    private static bool IsVerified(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext request
        && request.RequestServices.GetRequiredService<UserStore>().Find(context.User.UserId())?.EmailVerified == true;
}
