using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Http.Prefer;

/// <summary>What applies to one request once the header and the stored preferences are combined.</summary>
public sealed record ResolvedPreferences(Preferences Applied, ForcedAnswer? Answer)
{
    /// <summary>The value of <c>Preference-Applied</c>.</summary>
    public string Echo => Applied.Echo(undeclaredCode: Answer?.Undeclared == true);
}

/// <summary>
/// Combines a request's <c>Prefer</c> header with the stored preferences, key by key (code, example, fault, delay):
/// the header wins, then the operation's own stored entries, then the global ones, newest first within each. A
/// header that cannot apply is refused (the client asked for it); a stored entry that cannot apply to this
/// operation, or no longer fits what a stronger source chose, is passed over, so a global <c>code=413</c> leaves
/// operations that do not declare 413 alone. A fault and a chosen answer exclude each other: whichever the
/// strongest source names wins, and within one header or entry the fault wins. A stored entry is used, and one
/// of its uses taken, only when it contributes something.
/// </summary>
public static class PreferenceResolution
{
    /// <summary>What applies to the request, or why its header is refused (then <c>Resolved</c> is null).</summary>
    public static async ValueTask<(ResolvedPreferences? Resolved, string Refusal)> ResolveAsync(ContractOperation? operation, Preferences requested, StoredPreferences stored)
    {
        ForcedAnswer? answer = null;
        if (requested.ChoosesAnAnswer)
        {
            if (operation is null)
            {
                return (null, $"Prefer: {requested} chooses an answer, but this path is no operation of the contract.");
            }

            if (!ForcedAnswer.TryChoose(operation, requested.Code, requested.Example, out answer, out var refusal))
            {
                return (null, refusal);
            }
        }

        var applied = requested;
        if (operation is not null && !stored.IsEmpty)
        {
            foreach (var entry in stored.For(operation.OperationId))
            {
                var contribution = Contribution(operation, entry.Preferences, applied, out var entryAnswer);
                if (!contribution.IsEmpty && await stored.TryUseAsync(entry))
                {
                    applied = applied.Over(contribution);
                    answer = entryAnswer ?? answer;
                }
            }
        }

        var resolved = applied.Fault is null
            ? new ResolvedPreferences(applied, answer)
            : new ResolvedPreferences(applied with { Code = null, Example = null }, null); // a fault leaves no answer to choose
        return (resolved, "");
    }

    /// <summary>The keys an entry adds to what is already applied, and the answer they then choose.</summary>
    private static Preferences Contribution(ContractOperation operation, Preferences entry, Preferences applied, out ForcedAnswer? answer)
    {
        answer = null;
        var delay = applied.Delay is null ? entry.Delay : null;
        if (entry.Fault is { } fault)
        {
            return new Preferences(null, delay, Fault: applied.Fault is null && !applied.ChoosesAnAnswer ? fault : null);
        }

        if (applied.Fault is not null || !entry.ChoosesAnAnswer)
        {
            return new Preferences(null, delay);
        }

        var code = applied.Code is null ? entry.Code : null;
        var example = applied.Example is null ? entry.Example : null;
        if ((code is null && example is null)
            || !ForcedAnswer.TryChoose(operation, applied.Code ?? code, applied.Example ?? example, out answer, out _))
        {
            return new Preferences(null, delay);
        }

        return new Preferences(code, delay, example);
    }
}
