using System.Security.Claims;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>
/// The principal the mock's authentication handlers make: one identity whose mock claims are read once, when it is
/// made. The policies and controllers read them on every request, and <see cref="ClaimsPrincipal.FindFirst(string)"/>
/// allocates a predicate and an enumerator each time (measured: a twentieth of an authenticated GET's allocations);
/// a session's principal is made once per token and then shared by its requests.
/// </summary>
public sealed class CallerPrincipal : ClaimsPrincipal
{
    private readonly string? _keyKind;
    private readonly string? _userId;
    private readonly string? _sessionId;
    private readonly string? _knowledgeId;
    private readonly string? _vectorStoreId;

    public CallerPrincipal(ClaimsIdentity identity)
        : base(identity)
    {
        _keyKind = identity.FindFirst(MockClaims.KeyKind)?.Value;
        _userId = identity.FindFirst(MockClaims.UserId)?.Value;
        _sessionId = identity.FindFirst(MockClaims.SessionId)?.Value;
        _knowledgeId = identity.FindFirst(MockClaims.KnowledgeId)?.Value;
        _vectorStoreId = identity.FindFirst(MockClaims.VectorStoreId)?.Value;
    }

    /// <summary>The value of the first claim of a type <see cref="MockClaims"/> names, as FindFirst would find it.</summary>
    public static string? Claim(ClaimsPrincipal principal, string type) => principal is CallerPrincipal caller
        ? type switch
        {
            MockClaims.KeyKind => caller._keyKind,
            MockClaims.UserId => caller._userId,
            MockClaims.SessionId => caller._sessionId,
            MockClaims.KnowledgeId => caller._knowledgeId,
            MockClaims.VectorStoreId => caller._vectorStoreId,
            _ => principal.FindFirst(type)?.Value,
        }
        // A principal the framework merged from several schemes: read as before.
        : principal.FindFirst(type)?.Value;
}
