using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Clock;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Fixtures;
using Rememberizer.Contract.Fake.Libraries;
using Rememberizer.Contract.Fake.Mail;
using Rememberizer.Contract.Fake.OAuth;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.Fake.World;

/// <summary>
/// One tenant's domain, composed by hand: every part of the fake made over the tenant's journal, and the one place
/// that says which part applies which recorded change (a user's deletion reaches every part holding that user's
/// things). The host may add parts of its own that a reset drops and that apply their own changes. The journal is
/// handed its appliers here, before any change is replayed.
/// </summary>
public sealed class DomainWorld
{
    private readonly IReadOnlyList<IResettable> _resettable;

    public DomainWorld(
        IOptions<AuthOptions> auth,
        IOptions<DataOptions> data,
        StateJournal journal,
        IEnumerable<IResettable>? hostState = null,
        IEnumerable<ApplyChange>? hostAppliers = null,
        FixtureSource? startupFixture = null)
    {
        Journal = journal;
        Clock = new MockClock(journal);
        Users = new UserStore(journal);
        Codes = new VerificationCodes(Clock, auth, journal);
        Mailbox = new Mailbox(Clock, journal);
        Sessions = new SessionStore(Clock, auth, journal);
        AuthorizationCodes = new AuthorizationCodes(Clock, journal);
        SigningKey = new SigningKey(journal);
        Passwords = new PasswordHashing(auth);
        Accounts = new AccountService(Users, Passwords, Codes, Mailbox, auth);
        AccountRemoval = new AccountRemoval(Users, journal);
        AccessTokens = new AccessTokens(Clock, auth, SigningKey);
        SessionTokens = new SessionTokens(Sessions, AccessTokens, Users);
        OAuth = new OAuthService(AuthorizationCodes, SessionTokens, Users, AccessTokens);

        Library = new Library(data, Clock);
        VectorStores = new VectorStoreRegistry(data, Clock);
        Publications = new PublicationRegistry();
        Publisher = new KnowledgePublisher(Users, Library, Publications, journal, Clock);
        LibraryChanges = new LibraryChanges(Library, journal, Clock);
        VectorStoreChanges = new VectorStoreChanges(VectorStores, Users, journal, Clock);
        StartupKeys = new StartupKeys(VectorStores, Publications);
        Fixture = new LoadedFixture(Users, Library, Publications, VectorStores, Clock, data.Value.WordsPerChunk);

        _resettable = [Users, Codes, Mailbox, Sessions, AuthorizationCodes, Library, VectorStores, Publications, .. hostState ?? []];
        Reset = new StateReset(
            journal,
            [SigningKey, new StartupKnowledge(Users, Accounts, Publisher, Publications, data, () => Fixture.GeneratesData)],
            [SigningKey],
            Fixture,
            startupFixture is null ? null : new StartupFixture(startupFixture, Passwords.Hash, TimeProvider.System));
        journal.Start([Apply, .. hostAppliers ?? []]);
    }

    /// <summary>The names every change of the domain is stored under; the host adds its own before the first tenant.</summary>
    public static ChangeNames ChangeNames() => new ChangeNames()
        .AddClockChanges()
        .AddAccountChanges()
        .AddMailChanges()
        .AddSessionChanges()
        .AddOAuthChanges()
        .AddLibraryChanges()
        .AddKnowledgeChanges()
        .AddVectorStoreChanges()
        .AddFixtureChanges();

    /// <summary>A tenant's domain on its own (no host parts), its state in <paramref name="store"/>, seeded.</summary>
    public static async Task<DomainWorld> CreateAsync(AuthOptions auth, DataOptions data, IStateStore? store = null, string tenant = "default")
    {
        var journal = new StateJournal((store ?? new MemoryStateStore()).Open(tenant), ChangeNames());
        var world = new DomainWorld(Options.Create(auth), Options.Create(data), journal);
        await world.Reset.SeedAllAsync();
        return world;
    }

    public StateJournal Journal { get; }

    public StateReset Reset { get; }

    public MockClock Clock { get; }

    public UserStore Users { get; }

    public VerificationCodes Codes { get; }

    public Mailbox Mailbox { get; }

    public SessionStore Sessions { get; }

    public AuthorizationCodes AuthorizationCodes { get; }

    public SigningKey SigningKey { get; }

    public PasswordHashing Passwords { get; }

    public AccountService Accounts { get; }

    public AccountRemoval AccountRemoval { get; }

    public AccessTokens AccessTokens { get; }

    public SessionTokens SessionTokens { get; }

    public OAuthService OAuth { get; }

    public Library Library { get; }

    public VectorStoreRegistry VectorStores { get; }

    public PublicationRegistry Publications { get; }

    public KnowledgePublisher Publisher { get; }

    public LibraryChanges LibraryChanges { get; }

    public VectorStoreChanges VectorStoreChanges { get; }

    public StartupKeys StartupKeys { get; }

    public LoadedFixture Fixture { get; }

    private bool Apply(StateEvent change)
    {
        switch (change)
        {
            case StateWasReset:
                foreach (var part in _resettable)
                {
                    part.Reset();
                }

                Clock.Reset();
                return true;
            case ClockAdvanced advanced:
                Clock.Apply(advanced);
                return true;
            case UserDeleted deleted:
                Users.Apply(deleted);
                Codes.Forget(deleted.UserId);
                Sessions.EndAllOf(deleted.UserId);
                Library.Forget(deleted.UserId);
                Publications.RemoveOwnedBy(deleted.UserId);
                VectorStores.RemoveOwnedBy(deleted.UserId);
                return true;
            case EmailVerified verified:
                Users.Apply(verified);
                Codes.Forget(verified.UserId);
                return true;
            case UserChange user:
                Users.Apply(user);
                return true;
            case VerificationCodeChange code:
                Codes.Apply(code);
                return true;
            case MailSent sent:
                Mailbox.Apply(sent);
                return true;
            case SigningKeyChosen chosen:
                SigningKey.Apply(chosen);
                return true;
            case SessionChange session:
                Sessions.Apply(session);
                return true;
            case AuthorizationCodeChange code:
                AuthorizationCodes.Apply(code);
                return true;
            case LibraryChange library:
                LibraryChanges.Apply(library);
                return true;
            case KnowledgeChange knowledge:
                Publisher.Apply(knowledge);
                return true;
            case VectorStoreChange store:
                VectorStoreChanges.Apply(store);
                return true;
            case FixtureLoaded loaded:
                Fixture.Apply(loaded);
                return true;
            default:
                return false;
        }
    }
}
