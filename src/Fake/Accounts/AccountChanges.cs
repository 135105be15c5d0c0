using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>A change to the users themselves, which <see cref="UserStore"/> applies.</summary>
public abstract record UserChange : StateEvent;

public sealed record UserAdded(int Id, string Email, string Name, string PasswordHash, bool EmailVerified) : UserChange;

/// <summary>Also ends the user's pending code: a verified address needs none.</summary>
public sealed record EmailVerified(int UserId) : UserChange;

/// <summary>
/// The user and what only that user had: sessions, a pending code, the library, published knowledge, vector stores.
/// Every part that holds a user's things applies it, as the tenant's world says.
/// </summary>
public sealed record UserDeleted(int UserId) : UserChange;

/// <summary>A change to a user's pending verification code, which <see cref="VerificationCodes"/> applies.</summary>
public abstract record VerificationCodeChange : StateEvent;

public sealed record CodeIssued(int UserId, string Code, DateTimeOffset ExpiresAt) : VerificationCodeChange;

public sealed record CodeAttemptFailed(int UserId) : VerificationCodeChange;

public sealed record CodeUsed(int UserId) : VerificationCodeChange;

public static class AccountChangeNames
{
    public static ChangeNames AddAccountChanges(this ChangeNames names) => names
        .Add<UserAdded>("user_added")
        .Add<EmailVerified>("email_verified")
        .Add<UserDeleted>("user_deleted")
        .Add<CodeIssued>("code_issued")
        .Add<CodeAttemptFailed>("code_attempt_failed")
        .Add<CodeUsed>("code_used");
}
