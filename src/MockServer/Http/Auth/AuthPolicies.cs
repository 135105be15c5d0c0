namespace Rememberizer.Contract.MockServer.Http.Auth;

/// <summary>The authorization policies controllers name in <c>[Authorize(Policy = …)]</c>.</summary>
public static class AuthPolicies
{
    /// <summary>A valid access JWT (cookie or Bearer), verified e-mail or not.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>A valid access JWT of a user whose e-mail is verified (configurable); otherwise 403.</summary>
    public const string VerifiedUser = nameof(VerifiedUser);

    /// <summary>A valid <c>x-api-key</c> of a vector store.</summary>
    public const string VectorStoreKey = nameof(VectorStoreKey);
}

/// <summary>The claim types the mock's authentication handlers put on the principal.</summary>
public static class MockClaims
{
    public const string UserId = "user_id";
    public const string SessionId = "sid";
    public const string VectorStoreId = "vector_store_id";
}
