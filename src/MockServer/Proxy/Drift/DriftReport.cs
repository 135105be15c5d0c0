namespace Rememberizer.Contract.MockServer.Proxy.Drift;

/// <summary>
/// Every difference the proxy has seen since it started (or was cleared), counted: one per process, shared by
/// every request, exact under concurrent requests.
/// </summary>
public sealed class DriftReport
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string?, string, string, int, string, string), int> _index = [];
    private readonly List<DriftEntry> _entries = [];
    private long _exchanges;

    public bool Any
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count > 0;
            }
        }
    }

    /// <summary>Counts one checked exchange and its findings; answers the findings never seen before.</summary>
    public IReadOnlyList<DriftFinding> Add(IEnumerable<DriftFinding> findings)
    {
        var fresh = new List<DriftFinding>();
        lock (_gate)
        {
            _exchanges++;
            foreach (var finding in findings.DistinctBy(f => f.Key))
            {
                if (_index.TryGetValue(finding.Key, out var at))
                {
                    _entries[at] = _entries[at] with { Count = _entries[at].Count + 1 };
                    continue;
                }

                _index[finding.Key] = _entries.Count;
                _entries.Add(new DriftEntry(finding.OperationId, finding.Method, finding.Path, finding.Status, finding.Kind, finding.Where, finding.Detail, 1));
                fresh.Add(finding);
            }
        }

        return fresh;
    }

    public DriftReportBody Snapshot()
    {
        lock (_gate)
        {
            return new DriftReportBody(_exchanges, [.. _entries]);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _exchanges = 0;
            _index.Clear();
            _entries.Clear();
        }
    }
}
