using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.Tests.Pacts.Spec;

/// <summary>
/// Bi-directional check: every interaction of every pact in <c>pacts/</c> must be something the spec allows —
/// the operation exists, the request is valid, the status is declared and the expected body fits the schema.
/// </summary>
public sealed class PactSpecConformanceTests
{
    [Fact]
    public async Task EveryPactInteractionConformsToTheSpec()
    {
        var files = await PactsDirectory.EnsureAllWrittenAsync();
        var contract = await ContractDocument.LoadEmbeddedAsync();
        var interactions = files.SelectMany(PactInteraction.ReadAll).ToList();

        var problems = interactions.SelectMany(i => Check(contract, i).Select(v => $"{i}: {v}")).ToList();

        Assert.NotEmpty(interactions);
        Assert.True(problems.Count == 0, "Pact interactions that break the spec:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task AnInteractionThatBreaksTheSpecIsNamedWithItsField()
    {
        var contract = await ContractDocument.LoadEmbeddedAsync();
        var broken = new PactInteraction("made-up.json", "an account with a numeric name",
            new RequestSnapshot("GET", "/api/v1/account/", [], null, null),
            new ResponseSnapshot(200, new Dictionary<string, IReadOnlyList<string>>(), "application/json", """{"id": 1, "name": 5, "nickname": "x"}"""));

        var problems = Check(contract, broken).Select(v => v.ToString()).ToList();

        Assert.Contains(problems, p => p.Contains("name: Not a valid string.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("nickname", StringComparison.Ordinal));
    }

    private static IEnumerable<Violation> Check(ContractDocument contract, PactInteraction interaction)
    {
        var operation = contract.Find(interaction.Request.Method, interaction.Request.Path);
        if (operation is null)
        {
            return [new Violation(ViolationLocation.Operation, $"{interaction.Request.Method} {interaction.Request.Path}",
                ViolationKind.UnknownOperation, "No operation of the spec has this method and path.")];
        }

        return RequestValidator.Validate(operation, interaction.Request)
            .Concat(ResponseValidator.ValidateExpectation(operation, interaction.Response));
    }
}
