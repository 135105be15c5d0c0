using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Store;

namespace Rememberizer.Contract.MockServer.Hosting.CommandLine;

/// <summary>
/// The failures a user can cause at start-up — a busy port, an address that cannot be bound, a setting with a bad
/// value — told in one line with the exit code the command documents. Anything else is a bug and keeps its stack.
/// </summary>
internal sealed record StartupFailure(string Message, int ExitCode)
{
    public static StartupFailure? Describe(Exception exception) => exception switch
    {
        IOException { InnerException: AddressInUseException } busy =>
            new($"{busy.Message.TrimEnd('.')}: another program (or another mock) is listening there. Stop it, or choose another port with --port (0 picks a free one).", MockCommandLine.StartFailure),
        IOException cannotBind when cannotBind.Message.StartsWith("Failed to bind", StringComparison.Ordinal) =>
            new(cannotBind.Message, MockCommandLine.StartFailure),
        // A store named wrongly is a mistake in a setting; one that cannot be opened or reached cannot start.
        StateStoreException store => new(store.Message, store.InnerException is null ? MockCommandLine.UsageError : MockCommandLine.StartFailure),
        StartupFixtureException fixture => new(fixture.Message, MockCommandLine.UsageError),
        OptionsValidationException invalid =>
            new($"invalid settings: {string.Join(" ", invalid.Failures)}", MockCommandLine.UsageError),
        InvalidOperationException { InnerException: FormatException or OverflowException or InvalidOperationException } badValue
            when badValue.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase) =>
            new($"invalid setting: {badValue.Message} {badValue.InnerException!.Message}", MockCommandLine.UsageError),
        InvalidOperationException unknownKey when unknownKey.Message.Contains("ErrorOnUnknownConfiguration", StringComparison.Ordinal) =>
            new($"unknown setting {UnknownKeys(unknownKey.Message)}: its section has no such key (GET /_mock/config lists every setting).", MockCommandLine.UsageError),
        _ => null,
    };

    // The binder's message ends with the unknown keys: "...were not found on the instance of T: 'Key', 'Other'".
    private static string UnknownKeys(string message) => message[(message.LastIndexOf(": ", StringComparison.Ordinal) + 2)..];
}
