using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>
/// A user of the fake. Immutable: a change (such as verifying the e-mail) replaces the record in the store, so a
/// reader never sees a half-updated user.
/// </summary>
public sealed record UserAccount(int Id, string Email, string Name, string PasswordHash, bool EmailVerified);

/// <summary>
/// The fake's users, keyed by id and by e-mail (case-insensitively). Every change is decided through the tenant's
/// <see cref="StateJournal"/>, so two sign-ups of the same address can never both succeed, in one process or many.
/// </summary>
public sealed class UserStore : IResettable
{
    private readonly Lock _gate = new();
    private readonly StateJournal _journal;
    private readonly Dictionary<int, UserAccount> _byId = [];
    private readonly Dictionary<string, int> _idByEmail = new(StringComparer.OrdinalIgnoreCase);
    private int _lastId;

    public UserStore(StateJournal journal) => _journal = journal;

    /// <summary>Adds a user unless the e-mail is taken; returns null when it is.</summary>
    public Task<UserAccount?> TryAddAsync(string email, string name, string passwordHash, bool emailVerified) =>
        _journal.DecideAsync(() =>
        {
            lock (_gate)
            {
                if (_idByEmail.ContainsKey(email))
                {
                    return Decision<UserAccount?>.Refuse(null);
                }

                var user = new UserAccount(_lastId + 1, email, name, passwordHash, emailVerified);
                return Decision<UserAccount?>.Change(user, new UserAdded(user.Id, email, name, passwordHash, emailVerified));
            }
        });

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byId.Count;
            }
        }
    }

    public UserAccount? Find(int id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    public UserAccount? FindByEmail(string email)
    {
        lock (_gate)
        {
            return _idByEmail.TryGetValue(email, out var id) ? _byId[id] : null;
        }
    }

    public bool Exists(string email)
    {
        lock (_gate)
        {
            return _idByEmail.ContainsKey(email);
        }
    }

    /// <summary>Every user, oldest first.</summary>
    public IReadOnlyList<UserAccount> All()
    {
        lock (_gate)
        {
            return [.. _byId.Values.OrderBy(u => u.Id)];
        }
    }

    public Task<UserAccount?> MarkVerifiedAsync(int id) =>
        _journal.DecideAsync(() => Find(id) is { } user
            ? Decision<UserAccount?>.Change(user with { EmailVerified = true }, new EmailVerified(id))
            : Decision<UserAccount?>.Refuse(null));

    internal void Apply(UserChange change)
    {
        switch (change)
        {
            case UserAdded added:
                Apply(added);
                break;
            case EmailVerified verified:
                Apply(verified);
                break;
            case UserDeleted deleted:
                Apply(deleted);
                break;
        }
    }

    private void Apply(UserAdded added)
    {
        lock (_gate)
        {
            var user = new UserAccount(added.Id, added.Email, added.Name, added.PasswordHash, added.EmailVerified);
            _byId[user.Id] = user;
            _idByEmail[user.Email] = user.Id;
            _lastId = Math.Max(_lastId, user.Id);
        }
    }

    private void Apply(EmailVerified verified)
    {
        lock (_gate)
        {
            if (_byId.TryGetValue(verified.UserId, out var user))
            {
                _byId[user.Id] = user with { EmailVerified = true };
            }
        }
    }

    private void Apply(UserDeleted deleted)
    {
        lock (_gate)
        {
            if (_byId.Remove(deleted.UserId, out var user))
            {
                _idByEmail.Remove(user.Email);
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _byId.Clear();
            _idByEmail.Clear();
            _lastId = 0;
        }
    }
}
