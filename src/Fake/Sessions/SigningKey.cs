using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.Sessions;

/// <summary>
/// The key a tenant's access JWTs are signed with: chosen at random once, and a recorded change, so every process
/// sharing the tenant signs and checks with the same key and a restarted mock keeps the browsers' cookies valid. A
/// reset keeps it, as a running process always kept its key, and restates it so the log before the reset can go.
/// </summary>
public sealed class SigningKey : IStartupSeed, IOutlivesReset
{
    private readonly StateJournal _journal;
    private volatile SymmetricSecurityKey? _key;

    public SigningKey(StateJournal journal) => _journal = journal;

    /// <summary>The key; chosen (or read back from the store) when the tenant is made, before any token is minted.</summary>
    public SymmetricSecurityKey Current => _key ?? throw new InvalidOperationException("The signing key is chosen when the tenant is made.");

    internal void Apply(SigningKeyChosen chosen) => _key ??= new SymmetricSecurityKey(chosen.Key);

    public Task SeedAsync() => EnsureChosenAsync();

    public IEnumerable<StateEvent> Restate() => _key is { } key ? [new SigningKeyChosen(key.Key)] : [];

    /// <summary>Chooses the key unless one is recorded; part of making the tenant.</summary>
    public Task<SymmetricSecurityKey> EnsureChosenAsync()
    {
        var candidate = RandomNumberGenerator.GetBytes(32);
        return _journal.DecideAsync(() => _key is { } chosen
            ? Decision<SymmetricSecurityKey>.Refuse(chosen)
            : Decision<SymmetricSecurityKey>.Change(new SymmetricSecurityKey(candidate), new SigningKeyChosen(candidate)));
    }
}
