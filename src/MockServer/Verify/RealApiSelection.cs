using System.Text;
using Rememberizer.Contract.MockServer.Control.ProviderStates;

namespace Rememberizer.Contract.MockServer.Verify;

/// <summary>
/// Which interactions a live Rememberizer API can be held to. Provider states cannot be created there, so only
/// interactions whose every state an existing, signed-in account already satisfies are verified, and only reads:
/// a write, a refresh or a logout would change the account whose session is injected into every request.
/// Interactions without a state expect no credentials, which the injected session would contradict.
/// </summary>
public sealed record RealApiSelection(IReadOnlyList<string> Verifiable, IReadOnlyList<string> NotVerifiable)
{
    private static readonly HashSet<string> Reads = ["GET", "HEAD", "OPTIONS"];

    public static RealApiSelection Of(IEnumerable<PactInteractionSummary> interactions)
    {
        var verifiable = new List<string>();
        var notVerifiable = new List<string>();
        foreach (var interaction in interactions)
        {
            var holds = interaction.States.Count > 0
                && interaction.States.All(ProviderStateHandlers.SatisfiedByAnExistingAccount.Contains)
                && Reads.Contains(interaction.Method);
            (holds ? verifiable : notVerifiable).Add(interaction.Description);
        }

        return new([.. verifiable.Distinct()], [.. notVerifiable.Distinct().Except(verifiable)]);
    }

    /// <summary>A regex matching exactly the verifiable descriptions (pact_ffi's Rust regex: no look-around, plain escapes).</summary>
    public string DescriptionFilter()
    {
        var escaped = Verifiable.Select(d => new StringBuilder().AppendJoin("", d.Select(c => @"\.+*?()|[]{}^$#&-~".Contains(c) ? $"\\{c}" : c.ToString())).ToString());
        return $"^({string.Join('|', escaped)})$";
    }
}
