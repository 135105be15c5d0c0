namespace Rememberizer.Contract.Pact;

/// <summary>
/// pact_ffi stores a repeated header or query key by position, so each value needs its index:
/// the first value of a key is 0, the next 1, and so on.
/// </summary>
internal sealed class IndexCounter(StringComparer comparer)
{
    private readonly Dictionary<string, int> _next = new(comparer);

    public int Next(string key)
    {
        var index = _next.GetValueOrDefault(key);
        _next[key] = index + 1;
        return index;
    }
}
