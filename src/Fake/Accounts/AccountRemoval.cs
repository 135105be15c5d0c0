using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>
/// Deletes a user and what only that user had — sessions, a pending code, the library and published knowledge (its
/// keys stop working) — as one recorded change, which each of those parts applies. Vector stores the user created
/// stay: they answer to their own keys, not to the user.
/// </summary>
public sealed class AccountRemoval(UserStore users, StateJournal journal)
{
    public Task<bool> DeleteAsync(int userId) => journal.DecideAsync(() => users.Find(userId) is null
        ? Decision<bool>.Refuse(false)
        : Decision<bool>.Change(true, new UserDeleted(userId)));
}
