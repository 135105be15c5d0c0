using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// YAML that would expand without end (an alias inside its own anchor), nest deeper than the JSON reader allows, or
/// expand by aliases of aliases into billions of values ("billion laughs") is refused with a 400 saying which, the
/// mock still answers, and the team's world stays loaded. Before, the first two ended the process with a stack overflow.
/// </summary>
public sealed class YamlShapeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> ShapeFiles => new()
    {
        { "alias in its own sequence", "a: &a [*a]", "recursive alias" },
        { "alias in its own mapping", "a: &a\n  b: *a", "recursive alias" },
        { "nested deep", new string('[', 100_000) + new string(']', 100_000), "levels deep" },
        { "nested deep through an alias", "a: &a " + new string('[', 40) + new string(']', 40) + "\nb: " + new string('[', 40) + "*a" + new string(']', 40), "levels deep" },
        { "billion laughs", BillionLaughs(), "aliases expand the file" },
    };

    [Theory]
    [MemberData(nameof(ShapeFiles))]
    public async Task AnUnboundedShapeIsRefusedAndTheMockStillAnswers(string kind, string fixture, string problem)
    {
        await using var app = new MockServerApp().WithTeam();
        var control = app.CreateBareClient();
        var before = await control.GetJsonAsync("/_mock/users");

        var response = await control.LoadAsync(fixture);
        var errors = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var after = await control.GetJsonAsync("/_mock/users");

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{kind}: {(int)response.StatusCode} {errors}");
        Assert.Contains(problem, errors.GetProperty("non_field_errors")[0].GetString()!, StringComparison.Ordinal);
        Assert.Equal(before.ToString(), after.ToString());
    }

    /// <summary>
    /// Six levels of nine aliases each: a few hundred characters that expand to 9^6 values, past the cap yet small
    /// enough that a mock without it still answers (a real bomb is stopped the same way, only sooner).
    /// </summary>
    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("l0: &l0 [lol]\n");
        for (var level = 1; level <= 6; level++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{level}: &l{level} [")
                .AppendJoin(", ", Enumerable.Repeat($"*l{level - 1}", 9))
                .Append("]\n");
        }

        return yaml.ToString();
    }
}
