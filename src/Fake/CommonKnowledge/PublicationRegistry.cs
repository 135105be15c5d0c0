using System.Security.Cryptography;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.CommonKnowledge;

/// <summary>
/// The published common knowledge and its API keys, oldest first. Ids start above the public catalog's, so a
/// subscribed-list never shows two entries with one id. Changed only by <see cref="KnowledgePublisher"/>, which
/// decides and applies the recorded changes; reads are thread-safe.
/// </summary>
public sealed class PublicationRegistry : IResettable
{
    public const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public const int KeyLength = 32;
    private const int FirstId = 1001;

    private readonly Lock _gate = new();
    private readonly List<Publication> _oldestFirst = [];
    private readonly Dictionary<string, int> _idByKey = new(StringComparer.Ordinal);
    private int _nextId = FirstId;

    /// <summary>Withdraws a deleted user's knowledge: its keys stop working.</summary>
    internal void RemoveOwnedBy(int userId)
    {
        foreach (var publication in OwnedBy(userId))
        {
            Remove(publication.Id);
        }
    }

    /// <summary>The id the next publication gets.</summary>
    public int NextId
    {
        get
        {
            lock (_gate)
            {
                return _nextId;
            }
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

    public void Reset()
    {
        lock (_gate)
        {
            _oldestFirst.Clear();
            _idByKey.Clear();
            _nextId = FirstId;
        }
    }

    internal static string NewKey() => RandomNumberGenerator.GetString(KeyAlphabet, KeyLength);

    internal void Add(Publication publication)
    {
        lock (_gate)
        {
            _oldestFirst.Add(publication);
            _idByKey[publication.ApiKey] = publication.Id;
            _nextId = Math.Max(_nextId, publication.Id + 1);
        }
    }

    internal void ReplaceKey(int id, string apiKey)
    {
        lock (_gate)
        {
            var index = _oldestFirst.FindIndex(p => p.Id == id);
            if (index >= 0)
            {
                _idByKey.Remove(_oldestFirst[index].ApiKey);
                _oldestFirst[index] = _oldestFirst[index] with { ApiKey = apiKey };
                _idByKey[apiKey] = id;
            }
        }
    }

    internal void Replace(int id, Func<Publication, Publication> change)
    {
        lock (_gate)
        {
            var index = _oldestFirst.FindIndex(p => p.Id == id);
            if (index >= 0)
            {
                _oldestFirst[index] = change(_oldestFirst[index]);
            }
        }
    }

    internal void Remove(int id)
    {
        lock (_gate)
        {
            if (_oldestFirst.Find(p => p.Id == id) is { } publication)
            {
                _oldestFirst.Remove(publication);
                _idByKey.Remove(publication.ApiKey);
            }
        }
    }
}
