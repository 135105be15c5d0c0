using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.CommonKnowledge;

/// <summary>
/// The common knowledge that exists from start-up, so an MCP server or a LangChain retriever works against a
/// fresh mock with nothing but the key from the start-up line. Its owner is a verified user one can sign in as;
/// its key follows the data seed, so a restarted mock keeps the key a developer configured. It is public, so the
/// per-knowledge MCP servers read it by its id (<c>public-ck-id</c>) without any key. A fixture that wants only its
/// own data (<paramref name="generatesData"/> false) has none.
/// </summary>
public sealed class StartupKnowledge(
    UserStore users, AccountService accounts, KnowledgePublisher publisher, PublicationRegistry registry, IOptions<DataOptions> options, Func<bool> generatesData)
    : IStartupSeed
{
    public const string OwnerEmail = "publisher@example.com";
    public const string OwnerPassword = "rememberizer-demo";
    public const string OwnerName = "Rememberizer Demo";
    public const string Name = "Team Knowledge";
    public const string Description = "Product plans, guides, release notes and the team's Slack and Discord channels.";

    public async Task SeedAsync()
    {
        if (!generatesData())
        {
            return;
        }

        if (users.FindByEmail(OwnerEmail) is null)
        {
            await accounts.CreateUserAsync(OwnerEmail, OwnerPassword, OwnerName, emailVerified: true);
        }

        var key = SeededFaker.For(options.Value.Seed, "common-knowledge").Random.String2(PublicationRegistry.KeyLength, PublicationRegistry.KeyAlphabet);
        if (registry.FindByKey(key) is null)
        {
            await publisher.PublishAsync(OwnerEmail, Name, mementoId: null, Description, key, isPublic: true);
        }
    }
}
