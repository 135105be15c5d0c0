namespace Rememberizer.Contract.Pact;

/// <summary>The exit code and the combined stdout/stderr of one <c>pact</c> CLI run.</summary>
public sealed record CliRunResult(int ExitCode, string Output);
