using System.Globalization;
using System.Security.Claims;

namespace Rememberizer.Contract.MockServer.Http.Authenticate;

public static class PrincipalExtensions
{
    /// <summary>The user the caller acts for (a common-knowledge key acts for its owner); only call behind a
    /// policy that admits users.</summary>
    public static int UserId(this ClaimsPrincipal principal) =>
        int.Parse(CallerPrincipal.Claim(principal, MockClaims.UserId) ?? throw new InvalidOperationException("No user is signed in."), CultureInfo.InvariantCulture);

    /// <summary>The common knowledge whose key the caller presented; null for a session.</summary>
    public static int? KnowledgeId(this ClaimsPrincipal principal) =>
        CallerPrincipal.Claim(principal, MockClaims.KnowledgeId) is { } id ? int.Parse(id, CultureInfo.InvariantCulture) : null;

    /// <summary>The vector store the presented API key belongs to; only call behind the VectorStoreKey policy.</summary>
    public static string VectorStoreId(this ClaimsPrincipal principal) =>
        CallerPrincipal.Claim(principal, MockClaims.VectorStoreId) ?? throw new InvalidOperationException("No API key was presented.");
}
