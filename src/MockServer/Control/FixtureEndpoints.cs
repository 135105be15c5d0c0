using System.Text;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Fixtures;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Http.Errors;
using Rememberizer.Contract.MockServer.Pages;

namespace Rememberizer.Contract.MockServer.Control;

/// <summary>
/// Fixture files: load one (or another scenario of the loaded one) as the tenant's whole state, list the loaded
/// file's scenarios, export the state in the same form, and the format's JSON Schema. A refused file is a 400
/// naming each problem by its JSON Pointer, and nothing changes.
/// </summary>
public static class FixtureEndpoints
{
    public static readonly EmbeddedAsset Schema = new("fixtures.schema.json", "application/schema+json");

    /// <summary>
    /// The body is the file (YAML or JSON); <c>?scenario=NAME</c> chooses one of its scenarios. Without a body, the
    /// loaded file again (another of its scenarios, or its top level), which is how the dashboard switches.
    /// </summary>
    public static async Task<IResult> LoadAsync(HttpRequest request, [FromServices] StateReset reset, [FromServices] LoadedFixture loaded, [FromServices] PasswordHashing passwords)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var scenario = request.Query["scenario"].ToString() is { Length: > 0 } named ? named : null;
        FixtureLoaded decided;
        try
        {
            FixtureSource source;
            if (text.Trim().Length > 0)
            {
                source = FixtureSource.Read(text, scenario);
            }
            else if (loaded.Current is { } current)
            {
                source = FixtureSource.Of(current, scenario);
            }
            else
            {
                return FieldErrorsResult.Single("non_field_errors", "No fixture is loaded: send a fixture file (YAML or JSON) as the body.");
            }

            decided = source.Decide(passwords.Hash, TimeProvider.System.GetUtcNow());
        }
        catch (FixtureRejectedException rejected)
        {
            return new FieldErrorsResult(rejected.Problems
                .GroupBy(p => p.Pointer.Length == 0 ? "non_field_errors" : p.Pointer)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Message)]));
        }

        await reset.LoadAsync(decided);
        return Results.Ok(Describe(loaded));
    }

    /// <summary>What is loaded: the scenario, the file's scenarios, and how much the world holds.</summary>
    public static IResult Loaded([FromServices] LoadedFixture loaded) => Results.Ok(Describe(loaded));

    /// <summary>The tenant's state as a fixture: JSON, or YAML with <c>?format=yaml</c>; <c>?download=1</c> saves it as a file.</summary>
    public static IResult Export(HttpRequest request, [FromServices] UserStore users, [FromServices] Library library, [FromServices] PublicationRegistry publications, [FromServices] VectorStoreRegistry stores, [FromServices] MockClock clock)
    {
        var fixture = new FixtureExport(users, library, publications, stores, clock).Export();
        var yaml = request.Query["format"] == "yaml";
        if (request.Query["download"] is { Count: > 0 })
        {
            request.HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"fixture.{(yaml ? "yaml" : "json")}\"";
        }

        return yaml
            ? Results.Text(FixtureYaml.Write(fixture), "application/yaml; charset=utf-8")
            : Results.Text(fixture.ToJsonString(), "application/json; charset=utf-8");
    }

    private static object Describe(LoadedFixture loaded) => loaded.Current is not { } current
        ? new { Loaded = false, Scenario = (string?)null, Scenarios = Array.Empty<string>(), Generated = true, Users = 0, Documents = 0, VectorStores = 0 }
        : new
        {
            Loaded = true,
            current.Scenario,
            loaded.Scenarios,
            current.World.Generated,
            Users = current.World.Users.Count,
            Documents = current.World.Users.Sum(u => u.Documents.Count),
            VectorStores = current.World.Stores.Count,
        };
}
