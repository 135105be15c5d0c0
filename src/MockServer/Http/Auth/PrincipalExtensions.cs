using System.Globalization;
using System.Security.Claims;

namespace Rememberizer.Contract.MockServer.Http.Auth;

public static class PrincipalExtensions
{
    /// <summary>The signed-in user's id; only call behind a SignedIn or VerifiedUser policy.</summary>
    public static int UserId(this ClaimsPrincipal principal) =>
        int.Parse(principal.FindFirstValue(MockClaims.UserId) ?? throw new InvalidOperationException("No user is signed in."), CultureInfo.InvariantCulture);

    /// <summary>The vector store the presented API key belongs to; only call behind the VectorStoreKey policy.</summary>
    public static string VectorStoreId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(MockClaims.VectorStoreId) ?? throw new InvalidOperationException("No API key was presented.");
}
