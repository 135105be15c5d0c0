using System.Globalization;
using System.Security.Claims;
using Rememberizer.Contract.Fake.CommonKnowledge;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

/// <summary>The authorization policies controllers name in <c>[Authorize(Policy = …)]</c>.</summary>
public static class AuthPolicies
{
    /// <summary>A valid access JWT (cookie or Bearer), verified e-mail or not; no API key.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>A valid access JWT of a user whose e-mail is verified (configurable); no API key.</summary>
    public const string VerifiedUser = nameof(VerifiedUser);

    /// <summary>The account of the caller: any session, or a common-knowledge key (acting for its owner).</summary>
    public const string AccountReader = nameof(AccountReader);

    /// <summary>A user's knowledge: a verified session, a common-knowledge key or a public knowledge's id (seeing what it publishes).</summary>
    public const string KnowledgeReader = nameof(KnowledgeReader);

    /// <summary>Changes to a user's knowledge: as <see cref="KnowledgeReader"/>, but a public knowledge's id only reads.</summary>
    public const string KnowledgeWriter = nameof(KnowledgeWriter);

    /// <summary>A valid <c>x-api-key</c> of a vector store.</summary>
    public const string VectorStoreKey = nameof(VectorStoreKey);
}

/// <summary>The claim types the mock's authentication handlers put on the principal.</summary>
public static class MockClaims
{
    public const string UserId = "user_id";
    public const string SessionId = "sid";
    public const string VectorStoreId = "vector_store_id";

    /// <summary>Present on key principals only: <see cref="KeyKinds.VectorStore"/>, <see cref="KeyKinds.CommonKnowledge"/> or <see cref="KeyKinds.PublicKnowledge"/>.</summary>
    public const string KeyKind = "key_kind";
    public const string KnowledgeId = "knowledge_id";

    /// <summary>The principal of a request that reads a published knowledge, by its key or its public id: its owner.</summary>
    public static ClaimsPrincipal ForKnowledge(string keyKind, Publication publication, string scheme) => new CallerPrincipal(new ClaimsIdentity(
        [
            new(KeyKind, keyKind),
            new(UserId, publication.OwnerId.ToString(CultureInfo.InvariantCulture)),
            new(KnowledgeId, publication.Id.ToString(CultureInfo.InvariantCulture)),
        ],
        scheme));
}

/// <summary>The two kinds of API key, both sent as <c>x-api-key</c>, and a public knowledge's id (<c>public-ck-id</c>).</summary>
public static class KeyKinds
{
    public const string VectorStore = "vector_store";
    public const string CommonKnowledge = "common_knowledge";
    public const string PublicKnowledge = "public_knowledge";
}
