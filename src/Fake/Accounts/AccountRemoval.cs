using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Sessions;

namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>
/// Deletes a user and what only that user had: sessions, a pending code, the library and published knowledge (its
/// keys stop working). The user goes first, so no sign-in can start a session for it while the rest is dropped.
/// Vector stores the user created stay: they answer to their own keys, not to the user.
/// </summary>
public sealed class AccountRemoval(UserStore users, SessionStore sessions, VerificationCodes codes, Library library, PublicationRegistry publications)
{
    public bool Delete(int userId)
    {
        if (!users.Remove(userId))
        {
            return false;
        }

        sessions.RevokeAllOf(userId);
        codes.Forget(userId);
        publications.WithdrawAllOf(userId);
        library.Forget(userId);
        return true;
    }
}
