using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.Mail;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.Fake.VectorStores;
using Rememberizer.Contract.Fake.World;

namespace Rememberizer.Contract.MockServer.Control.ProviderStates;

/// <summary>
/// One handler per provider state the consumers name, in the consumers' own words. Each builds the state through
/// the fake's services and returns the values the interaction needs at verification time (tokens, keys).
/// </summary>
public sealed class ProviderStateHandlers(
    AccountService accounts,
    UserStore users,
    VerificationCodes codes,
    Mailbox mailbox,
    SessionTokens sessions,
    Library library,
    LibraryChanges changes,
    VectorStoreRegistry vectorStores,
    StartupKeys startupKeys)
{
    /// <summary>The state of a request made with a common-knowledge key: the start-up knowledge's key is sent.</summary>
    public const string KnowledgePublished = "a common knowledge is published";

    private const string DefaultPassword = "correct-horse-battery";

    private static readonly Dictionary<string, Func<ProviderStateHandlers, ProviderStateParams, Task<Dictionary<string, string>>>> Handlers = new()
    {
        ["no account exists"] = (h, p) => Task.FromResult(h.NoAccount(p.Required("email"))),
        ["an account exists"] = (h, p) => h.AccountExistsAsync(p),
        ["a user signed up and was sent a verification code"] = (h, p) => h.SignedUpWithCodeAsync(p),
        ["a user is signed in"] = (h, p) => h.SignedInAsync(p.Required("email")),
        ["the user memorized a note"] = (h, p) => h.MemorizedNoteAsync(p),
        ["a vector store exists"] = (h, _) => Task.FromResult(h.VectorStoreExists()),
        [KnowledgePublished] = (h, _) => Task.FromResult(h.KnowledgeExists()),
    };

    public static IReadOnlyCollection<string> Known => Handlers.Keys;

    /// <summary>
    /// The states an existing, verified account that is signed in already satisfies on the real API, where states
    /// cannot be set up: verification against a running API keeps only interactions needing these.
    /// </summary>
    public static IReadOnlySet<string> SatisfiedByAnExistingAccount { get; } = new HashSet<string> { "a user is signed in", "a vector store exists" };

    public async Task<IReadOnlyDictionary<string, string>> SetUpAsync(string state, ProviderStateParams parameters) =>
        Handlers.TryGetValue(state, out var handler)
            ? await handler(this, parameters)
            : throw new ProviderStateException($"Unknown provider state '{state}'. The mock knows: {string.Join(", ", Known.Select(k => $"'{k}'"))}.");

    private Dictionary<string, string> NoAccount(string email) => users.Exists(email)
        ? throw new ProviderStateException($"An account for {email} exists; the state needs none (reset the mock between interactions).")
        : [];

    private async Task<Dictionary<string, string>> AccountExistsAsync(ProviderStateParams parameters)
    {
        var user = await EnsureUserAsync(parameters.Required("email"), parameters.Optional("password") ?? DefaultPassword, verified: true);
        return new() { ["userId"] = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private async Task<Dictionary<string, string>> SignedUpWithCodeAsync(ProviderStateParams parameters)
    {
        var user = await EnsureUserAsync(parameters.Required("email"), parameters.Optional("password") ?? DefaultPassword, verified: false);
        await mailbox.SendVerificationCodeAsync(user.Email, await codes.IssueAsync(user.Id, parameters.Required("code")));
        return new() { ["accessToken"] = (await sessions.StartAsync(user.Id)).Access };
    }

    private async Task<Dictionary<string, string>> SignedInAsync(string email)
    {
        var tokens = await sessions.StartAsync((await EnsureUserAsync(email, DefaultPassword, verified: true)).Id);
        return new() { ["accessToken"] = tokens.Access, ["refreshToken"] = tokens.Refresh.RefreshToken };
    }

    private async Task<Dictionary<string, string>> MemorizedNoteAsync(ProviderStateParams parameters)
    {
        var email = parameters.Required("email");
        var user = users.FindByEmail(email) ?? throw new ProviderStateException($"No account for {email}: put 'a user is signed in' first.");
        var document = await changes.MemorizeAsync(LibraryView.Whole(library, user.Id), parameters.Required("name"), parameters.Required("content"))
            ?? throw new ProviderStateException($"Could not memorize a note for {email}.");
        return new() { ["documentId"] = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private Dictionary<string, string> VectorStoreExists()
    {
        var store = vectorStores.Primary?.Store ?? throw new ProviderStateException("No vector store exists from start-up: the loaded fixture has none.");
        var key = vectorStores.WorkingKeyOf(store.Id)
            ?? throw new ProviderStateException($"Every key of the vector store {store.Id} is revoked: make one (POST /_mock/vector-stores/{store.Id}/keys).");
        return new() { ["apiKey"] = key, ["vectorStoreId"] = store.Id };
    }

    private Dictionary<string, string> KnowledgeExists() => startupKeys.Knowledge is { } knowledge
        ? new() { ["apiKey"] = knowledge.ApiKey, ["knowledgeId"] = knowledge.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }
        : throw new ProviderStateException("No common knowledge is published: the start-up knowledge was withdrawn.");

    private async Task<UserAccount> EnsureUserAsync(string email, string password, bool verified) =>
        users.FindByEmail(email)
        ?? await accounts.CreateUserAsync(email, password, email.Split('@')[0], verified)
        ?? users.FindByEmail(email)
        ?? throw new ProviderStateException($"Could not create an account for {email}.");
}
