using System.Text;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// A large fixture loads whole: 10,000 documents of about 120 words each for one user, every one listed and
/// searchable at once. How long it takes is measured by bench/fixtures.sh, not here.
/// </summary>
public sealed class LargeFixtureTests
{
    private const int Documents = 10_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TenThousandDocumentsLoadWholeAndAreSearchableAtOnce()
    {
        var yaml = new StringBuilder("generated: false\nusers:\n  - email: big@example.com\n    password: correct-horse\n    documents:\n");
        for (var i = 0; i < Documents; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"      - name: Note {i}.md\n        text: \"Note {i} about {Topic(i)}. ")
                .Append(string.Join(' ', Enumerable.Repeat($"The {Topic(i)} team met on day {i % 365} and agreed on the next steps.", 8)))
                .Append("\"\n");
        }

        await using var app = new MockServerApp();
        var control = app.CreateBareClient();
        await control.GetJsonAsync("/_mock/health");

        var load = await control.LoadAsync(yaml.ToString());
        var big = await app.SignedInAsync("big@example.com");
        var listed = await big.GetJsonAsync("/api/v1/documents/?page_size=1");
        var found = await big.GetJsonAsync("/api/v1/documents/search/?q=note%209999");

        Assert.True(load.IsSuccessStatusCode, await load.Content.ReadAsStringAsync(Ct));
        Assert.Equal(Documents, listed.GetProperty("count").GetInt32());
        Assert.NotEmpty(found.GetProperty("matched_chunks").EnumerateArray());
    }

    private static string Topic(int i) => (i % 5) switch
    {
        0 => "pricing",
        1 => "onboarding",
        2 => "security",
        3 => "search",
        _ => "billing",
    };
}
