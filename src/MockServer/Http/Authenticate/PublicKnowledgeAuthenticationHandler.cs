using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// Authenticates the <c>public-ck-id</c> header the per-knowledge MCP servers send instead of a key: the id of a
/// public common knowledge, read as its owner sees the published memento, read-only (the policies refuse writes).
/// An id no knowledge has is a 401; a knowledge its owner did not make public is a 403. Both name the header. The
/// knowledge is looked up in the request's tenant.
/// </summary>
public sealed class PublicKnowledgeAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PublicKnowledge";
    public const string HeaderName = "public-ck-id";
    public const string UnknownIdText = "Invalid public-ck-id header: no common knowledge has this id.";
    public const string NotPublicText = "The common knowledge named by the public-ck-id header is not public.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var id = Request.Headers[HeaderName].ToString().Trim();
        if (id.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var read = Context.RequestServices.GetRequiredService<KnowledgePublisher>().ResolvePublic(id);
        if (read.Publication is not { } publication)
        {
            return Task.FromResult(AuthenticateResult.Fail(read.Refusal == PublicReadRefusal.NotPublic ? NotPublicText : UnknownIdText));
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(MockClaims.ForKnowledge(KeyKinds.PublicKnowledge, publication, SchemeName), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        if (failure == NotPublicText)
        {
            // The id is right but the knowledge is not shared: a permission matter, as DRF's 403.
            await DrfErrors.WriteDetailAsync(Context, StatusCodes.Status403Forbidden, NotPublicText);
            return;
        }

        // DRF answers 401 (not 403) only when the scheme names itself in WWW-Authenticate.
        Response.Headers.WWWAuthenticate = HeaderName;
        await DrfErrors.WriteDetailAsync(Context, StatusCodes.Status401Unauthorized, failure ?? DrfErrors.NotAuthenticatedText);
    }
}
