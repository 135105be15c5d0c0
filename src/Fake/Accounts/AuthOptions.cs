namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>
/// Settings of sign-up, sign-in and the session, bound from the <c>Auth</c> section. The defaults are the
/// spec's numbers; lifetimes are written as <c>hh:mm:ss</c> (or <c>d.hh:mm:ss</c>).
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// Django's PBKDF2 rounds (its default since Django 5.2), which the real, Django-based service hashes with; set
    /// <see cref="PasswordHashIterations"/> to it to sign in and up at production cost.
    /// </summary>
    public const int ProductionPasswordHashIterations = 1_000_000;

    /// <summary>
    /// PBKDF2 rounds of the password hasher: one by default, because the mock guards nothing of value and sign-in
    /// and sign-up should cost a test suite nothing; the stored hash keeps Django's format and names its rounds, so
    /// a hash made with any setting verifies under any other. The start-up banner and README say so.
    /// </summary>
    public int PasswordHashIterations { get; set; } = 1;

    /// <summary>The one captcha response the mock rejects, so a frontend can exercise its captcha error path.</summary>
    public string FailingCaptcha { get; set; } = "invalid-captcha";

    public TimeSpan VerificationCodeLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>When false, unverified users reach every user endpoint (the VerifiedUser policy always passes).</summary>
    public bool RequireVerifiedEmail { get; set; } = true;

    public bool IsValid(out string problem)
    {
        problem = PasswordHashIterations < 1 ? "Auth:PasswordHashIterations must be at least 1."
            : VerificationCodeLifetime <= TimeSpan.Zero ? "Auth:VerificationCodeLifetime must be positive."
            : AccessTokenLifetime < TimeSpan.FromSeconds(1) ? "Auth:AccessTokenLifetime must be at least one second."
            : RefreshTokenLifetime < TimeSpan.FromSeconds(1) ? "Auth:RefreshTokenLifetime must be at least one second."
            : "";
        return problem.Length == 0;
    }
}
