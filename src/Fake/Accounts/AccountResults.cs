namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>Outcome of a sign-up: the new user, or the messages per offending field (wire field names).</summary>
public sealed record SignUpResult(UserAccount? User, IReadOnlyDictionary<string, IReadOnlyList<string>> Errors)
{
    public static SignUpResult Created(UserAccount user) => new(user, new Dictionary<string, IReadOnlyList<string>>());

    public static SignUpResult Invalid(IReadOnlyDictionary<string, IReadOnlyList<string>> errors) => new(null, errors);
}

public enum SignInOutcome
{
    SignedIn,
    CaptchaFailed,
    BadCredentials,
}

public sealed record SignInResult(SignInOutcome Outcome, UserAccount? User = null);

public enum VerifyOutcome
{
    Verified,
    CodeRejected,
    Locked,
    UnknownUser,
}

public static class AccountMessages
{
    public const string EmailTaken = "A user with this e-mail already exists.";
    public const string CaptchaFailed = "The captcha response is invalid. Please try again.";
    public const string BadCredentials = "No active account found with the given credentials";
    public const string CodeRejected = "The verification code is invalid or has expired.";
    public const string CodeLocked = "Too many wrong verification codes. Sign in again to receive a new code.";
    public const string Verified = "E-mail address verified.";
    public const string NotVerified = "Your e-mail address is not verified yet.";
}
