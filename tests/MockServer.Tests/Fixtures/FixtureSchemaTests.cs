using NJsonSchema;
using Rememberizer.Contract.Fake.Fixtures;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Fixtures;

/// <summary>
/// The published JSON Schema and the mock's reader agree: the repository's example passes both, and a file the
/// schema can judge (a misspelt or unknown field, a wrong type, a missing field, a value out of its choices) is
/// refused by both. Names that must fit together are beyond a schema; the reader alone checks them.
/// </summary>
public sealed class FixtureSchemaTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(RepositoryFiles.Root, "spec", "fixtures.schema.json")));

    public static TheoryData<string> Refused =>
    [
        "users: [{ email: a@example.com, password: pw, nmae: A }]",
        "users: [{ email: a@example.com, password: pw, email_verified: \"yes\" }]",
        "users: [{ password: pw }]",
        "users: [{ email: a@example.com }]",
        "users: [{ email: a@example.com, password: pw, documents: [{ name: a, integration: notion }] }]",
        "users: [{ email: a@example.com, password: pw, vector_stores: [{ name: S, api_keys: [] }] }]",
        "users: [{ email: a@example.com, password: pw, mementos: [{ name: m, documents: [true] }] }]",
        "scenarios: { one: { users: [], scenarios: {} } }",
        "generated: 1",
    ];

    [Fact]
    public async Task TheExampleFixturePassesTheSchemaAndTheReader()
    {
        var text = await File.ReadAllTextAsync(FixtureClient.TeamFile, TestContext.Current.CancellationToken);

        var errors = (await Schema.Value).Validate(FixtureText.Parse(text).ToJsonString());
        var read = FixtureSource.Read(text);

        Assert.Empty(errors);
        Assert.Equal(["empty-account", "busy-account"], read.Scenarios);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AFileTheSchemaRefusesTheReaderRefusesToo(string text)
    {
        var errors = (await Schema.Value).Validate(FixtureText.Parse(text).ToJsonString());

        Assert.NotEmpty(errors);
        Assert.Throws<FixtureRejectedException>(() => FixtureSource.Read(text));
    }
}
