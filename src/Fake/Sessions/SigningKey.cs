using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Sessions;

/// <summary>
/// The key a tenant's access JWTs are signed with: chosen at random once, and a recorded change, so every process
/// sharing the tenant signs and checks with the same key and a restarted mock keeps the browsers' cookies valid. A
/// reset keeps it, as a running process always kept its key.
/// </summary>
public sealed class SigningKey : IResettable
{
    private readonly StateJournal _journal;
    private volatile SymmetricSecurityKey? _key;

    public SigningKey(StateJournal journal)
    {
        _journal = journal;
        journal.On<SigningKeyChosen>(chosen => _key ??= new SymmetricSecurityKey(chosen.Key));
    }

    public SymmetricSecurityKey Current => _key ?? Choose();

    /// <summary>Nothing: the key outlives a reset.</summary>
    public void Reset()
    {
    }

    private SymmetricSecurityKey Choose()
    {
        var candidate = RandomNumberGenerator.GetBytes(32);
        return _journal.Decide(() => _key is { } chosen
            ? Decision<SymmetricSecurityKey>.Refuse(chosen)
            : Decision<SymmetricSecurityKey>.Change(new SymmetricSecurityKey(candidate), new SigningKeyChosen(candidate)));
    }
}
