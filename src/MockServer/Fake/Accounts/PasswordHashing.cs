using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Rememberizer.Contract.MockServer.Fake.Accounts;

/// <summary>
/// Identity's PBKDF2 password hasher with a configurable (by default cheap) iteration count, so passwords are
/// stored the way a real service stores them without slowing tests down.
/// </summary>
public sealed class PasswordHashing
{
    private readonly PasswordHasher<UserAccount> _hasher;

    public PasswordHashing(IOptions<AuthOptions> options) =>
        _hasher = new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = options.Value.PasswordHashIterations,
        }));

    // The hasher's user argument is unused by the default implementation; null keeps hashing independent of the record.
    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public bool Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;
}
