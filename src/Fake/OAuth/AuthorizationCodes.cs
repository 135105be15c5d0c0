using System.Security.Cryptography;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.OAuth;

/// <summary>What an authorization code stands for once redeemed.</summary>
public sealed record AuthorizationGrant(int UserId, string ClientId, string RedirectUri, string? Scope);

/// <summary>
/// Authorization codes of the OAuth2 code flow: valid <see cref="Lifetime"/>, redeemable once (in whichever process
/// sees it first), and only by the client and redirect URI they were issued for.
/// </summary>
public sealed class AuthorizationCodes : IResettable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);
    private const int SweepAbove = 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (AuthorizationGrant Grant, DateTimeOffset ExpiresAt)> _codes = new(StringComparer.Ordinal);
    private readonly MockClock _clock;
    private readonly StateJournal _journal;

    public AuthorizationCodes(MockClock clock, StateJournal journal)
    {
        _clock = clock;
        _journal = journal;
    }

    internal void Apply(AuthorizationCodeChange change)
    {
        switch (change)
        {
            case AuthorizationCodeIssued issued:
                Keep(issued.Code, issued.Grant, issued.ExpiresAt);
                break;
            case AuthorizationCodeRedeemed redeemed:
                lock (_gate)
                {
                    _codes.Remove(redeemed.Code);
                }

                break;
        }
    }

    public async Task<string> IssueAsync(AuthorizationGrant grant)
    {
        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await _journal.RecordAsync(new AuthorizationCodeIssued(code, grant, _clock.GetUtcNow() + Lifetime));
        return code;
    }

    /// <summary>The grant, or null when the code is unknown, used, expired or presented by the wrong party.</summary>
    public Task<AuthorizationGrant?> RedeemAsync(string code, string clientId, string redirectUri) => _journal.DecideAsync(() =>
    {
        lock (_gate)
        {
            if (!_codes.TryGetValue(code, out var entry))
            {
                return Decision<AuthorizationGrant?>.Refuse(null);
            }

            // Redeeming on first sight makes the code single-use even when the attempt fails (RFC 6749 §4.1.2).
            var valid = entry.ExpiresAt > _clock.GetUtcNow() && entry.Grant.ClientId == clientId && entry.Grant.RedirectUri == redirectUri;
            return Decision<AuthorizationGrant?>.Change(valid ? entry.Grant : null, new AuthorizationCodeRedeemed(code));
        }
    });

    public void Reset()
    {
        lock (_gate)
        {
            _codes.Clear();
        }
    }

    private void Keep(string code, AuthorizationGrant grant, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_codes.Count >= SweepAbove)
            {
                // Unredeemed codes expire within a minute; drop them rather than keep every one ever issued.
                foreach (var expired in _codes.Where(c => c.Value.ExpiresAt <= now).Select(c => c.Key).ToList())
                {
                    _codes.Remove(expired);
                }
            }

            _codes[code] = (grant, expiresAt);
        }
    }
}
