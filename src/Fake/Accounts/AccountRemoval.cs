using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>
/// Deletes a user and what only that user had — sessions, a pending code, the library, published knowledge and the
/// vector stores it made (their keys stop working) — as one recorded change, which each of those parts applies.
/// </summary>
public sealed class AccountRemoval(UserStore users, StateJournal journal)
{
    public Task<bool> DeleteAsync(int userId) => journal.DecideAsync(() => users.Find(userId) is null
        ? Decision<bool>.Refuse(false)
        : Decision<bool>.Change(true, new UserDeleted(userId)));
}
