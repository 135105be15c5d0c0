
namespace Rememberizer.Contract.Pact.Tests.Fakes;

internal sealed class FakeMockServer : IMockServer
{
    public int Port => 4711;

    public bool MatchedResult { get; set; } = true;

    public string MismatchesJson { get; set; } = "[]";

    public string LogText { get; set; } = string.Empty;

    public List<string> WrittenTo { get; } = [];

    public int DisposeCount { get; private set; }

    public bool Matched() => MatchedResult;

    public string Mismatches() => MismatchesJson;

    public string Logs() => LogText;

    public void WritePact(string directory, bool overwrite) => WrittenTo.Add(directory);

    public void Dispose() => DisposeCount++;
}
