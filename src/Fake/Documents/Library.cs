using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Seed;

namespace Rememberizer.Contract.Fake.Documents;

/// <summary>
/// All users' data. A user's library is generated on first access from the seed and the user id, once: later
/// requests only look it up.
/// </summary>
public sealed class Library(IOptions<DataOptions> options, IdSequence ids, TimeProvider clock) : IResettable
{
    private ConcurrentDictionary<int, Lazy<UserLibrary>> _users = new();

    public UserLibrary For(int userId) =>
        _users.GetOrAdd(userId, id => new Lazy<UserLibrary>(() => UserSeeder.Seed(id, options.Value, ids, clock))).Value;

    public void Reset()
    {
        Interlocked.Exchange(ref _users, new ConcurrentDictionary<int, Lazy<UserLibrary>>());
        ids.Reset();
    }
}
