namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>
/// A user of the fake. Immutable: a change (such as verifying the e-mail) replaces the record in the store, so a
/// reader never sees a half-updated user.
/// </summary>
public sealed record UserAccount(int Id, string Email, string Name, string PasswordHash, bool EmailVerified);

/// <summary>
/// The fake's users, keyed by id and by e-mail (case-insensitively). All writes happen under one lock, so two
/// sign-ups of the same address can never both succeed.
/// </summary>
public sealed class UserStore : IResettable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, UserAccount> _byId = [];
    private readonly Dictionary<string, int> _idByEmail = new(StringComparer.OrdinalIgnoreCase);
    private int _lastId;

    /// <summary>Adds a user unless the e-mail is taken; returns null when it is.</summary>
    public UserAccount? TryAdd(string email, string name, string passwordHash, bool emailVerified)
    {
        lock (_gate)
        {
            if (_idByEmail.ContainsKey(email))
            {
                return null;
            }

            var user = new UserAccount(++_lastId, email, name, passwordHash, emailVerified);
            _byId[user.Id] = user;
            _idByEmail[email] = user.Id;
            return user;
        }
    }

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

    /// <summary>Removes the user; its id is never given out again. False when there is no such user.</summary>
    public bool Remove(int id)
    {
        lock (_gate)
        {
            if (!_byId.Remove(id, out var user))
            {
                return false;
            }

            _idByEmail.Remove(user.Email);
            return true;
        }
    }

    public UserAccount? MarkVerified(int id)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out var user))
            {
                return null;
            }

            return _byId[id] = user with { EmailVerified = true };
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
