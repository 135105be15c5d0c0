using System.Security.Cryptography;

namespace Rememberizer.Contract.Fake.CommonKnowledge;

/// <summary>
/// The published common knowledge and its API keys, oldest first. Ids start above the public catalog's, so a
/// subscribed-list never shows two entries with one id. Thread-safe: every change happens under one lock.
/// </summary>
public sealed class PublicationRegistry(TimeProvider clock) : IResettable
{
    public const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public const int KeyLength = 32;
    private const int FirstId = 1001;

    private readonly Lock _gate = new();
    private readonly List<Publication> _oldestFirst = [];
    private readonly Dictionary<string, int> _idByKey = new(StringComparer.Ordinal);
    private int _nextId = FirstId;

    /// <summary>
    /// Publishes a memento; the key is random unless given (the start-up knowledge's follows the seed). A given key
    /// already in use names the existing knowledge instead: one key never reaches two.
    /// </summary>
    public Publication Publish(int ownerId, string ownerEmail, string name, string description, int mementoId, string? apiKey = null)
    {
        lock (_gate)
        {
            if (apiKey is not null && _idByKey.TryGetValue(apiKey, out var existing))
            {
                return _oldestFirst.Find(p => p.Id == existing)!;
            }

            var publication = new Publication(_nextId++, name, description, ownerId, ownerEmail, mementoId, apiKey ?? NewKey(), clock.GetUtcNow());
            _oldestFirst.Add(publication);
            _idByKey[publication.ApiKey] = publication.Id;
            return publication;
        }
    }

    public IReadOnlyList<Publication> All()
    {
        lock (_gate)
        {
            return [.. _oldestFirst];
        }
    }

    public IReadOnlyList<Publication> OwnedBy(int userId)
    {
        lock (_gate)
        {
            return [.. _oldestFirst.Where(p => p.OwnerId == userId)];
        }
    }

    public Publication? Find(int id)
    {
        lock (_gate)
        {
            return _oldestFirst.Find(p => p.Id == id);
        }
    }

    public Publication? FindByKey(string apiKey)
    {
        lock (_gate)
        {
            return _idByKey.TryGetValue(apiKey, out var id) ? _oldestFirst.Find(p => p.Id == id) : null;
        }
    }

    /// <summary>Removes the knowledge; its key stops working at once.</summary>
    public bool Withdraw(int id)
    {
        lock (_gate)
        {
            if (_oldestFirst.Find(p => p.Id == id) is not { } publication)
            {
                return false;
            }

            _oldestFirst.Remove(publication);
            _idByKey.Remove(publication.ApiKey);
            return true;
        }
    }

    /// <summary>Withdraws every knowledge that publishes the memento (it is being deleted).</summary>
    public void WithdrawMemento(int ownerId, int mementoId)
    {
        lock (_gate)
        {
            foreach (var publication in _oldestFirst.Where(p => p.OwnerId == ownerId && p.MementoId == mementoId).ToList())
            {
                _oldestFirst.Remove(publication);
                _idByKey.Remove(publication.ApiKey);
            }
        }
    }

    /// <summary>Gives the knowledge a new key; the old one stops working at once, as in the web app.</summary>
    /// <summary>Withdraws everything the user published (the user was deleted); their keys stop working.</summary>
    public void WithdrawAllOf(int ownerId)
    {
        lock (_gate)
        {
            foreach (var publication in _oldestFirst.Where(p => p.OwnerId == ownerId).ToList())
            {
                _oldestFirst.Remove(publication);
                _idByKey.Remove(publication.ApiKey);
            }
        }
    }

    public Publication? RegenerateKey(int id)
    {
        lock (_gate)
        {
            var index = _oldestFirst.FindIndex(p => p.Id == id);
            if (index < 0)
            {
                return null;
            }

            var renewed = _oldestFirst[index] with { ApiKey = NewKey() };
            _idByKey.Remove(_oldestFirst[index].ApiKey);
            _idByKey[renewed.ApiKey] = renewed.Id;
            return _oldestFirst[index] = renewed;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _oldestFirst.Clear();
            _idByKey.Clear();
            _nextId = FirstId;
        }
    }

    private static string NewKey() => RandomNumberGenerator.GetString(KeyAlphabet, KeyLength);
}
