using System.Runtime.ExceptionServices;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.Tests.Pacts.Consumer;

/// <summary>
/// Writes <c>pacts/rememberizer-web-rememberizer-api.json</c> once per test run: every scenario runs against its
/// own Pact mock server and, when it matched, merges its interaction into the file. Consumer tests report each
/// scenario's outcome; provider tests wait for the file.
/// </summary>
public static class WebPact
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, ExceptionDispatchInfo?>>> Outcomes = new(WriteAsync);

    public static IEnumerable<ConsumerScenario> Scenarios => AuthScenarios.All().Concat(DataScenarios.All());

    /// <summary>Rethrows the failure of one scenario, if it failed.</summary>
    public static async Task EnsureScenarioPassedAsync(string description)
    {
        var outcomes = await Outcomes.Value;
        outcomes[description]?.Throw();
    }

    /// <summary>The pact file, once every scenario has passed.</summary>
    public static async Task<string> EnsureWrittenAsync()
    {
        var outcomes = await Outcomes.Value;
        var failed = outcomes.Where(o => o.Value is not null).Select(o => o.Key).ToList();
        Assert.True(failed.Count == 0, $"Consumer scenarios failed, so the pact is incomplete: {string.Join("; ", failed)}");
        return PactFiles.WebPact;
    }

    private static async Task<IReadOnlyDictionary<string, ExceptionDispatchInfo?>> WriteAsync()
    {
        if (File.Exists(PactFiles.WebPact))
        {
            File.Delete(PactFiles.WebPact); // interactions removed from the scenarios must leave the pact too
        }

        var outcomes = new Dictionary<string, ExceptionDispatchInfo?>();
        foreach (var scenario in Scenarios)
        {
            outcomes[scenario.Description] = await RunAsync(scenario);
        }

        return outcomes;
    }

    private static async Task<ExceptionDispatchInfo?> RunAsync(ConsumerScenario scenario)
    {
        try
        {
            var pact = ConsumerPact.V4(PactFiles.Consumer, PactFiles.Provider, new PactConfig { PactDir = PactFiles.Directory });
            scenario.Define(pact.UponReceiving(scenario.Description));
            await pact.VerifyAsync(async server =>
            {
                using var api = new ConsumerApi(server.MockServerUri);
                await scenario.Exercise(api, CancellationToken.None);
            });
            return null;
        }
        catch (Exception exception)
        {
            return ExceptionDispatchInfo.Capture(exception);
        }
    }
}
