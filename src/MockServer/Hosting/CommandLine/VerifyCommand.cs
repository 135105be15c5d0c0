using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Rememberizer.Contract.MockServer.Verify;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Hosting.CommandLine;

/// <summary>
/// The <c>verify</c> subcommand's options and the checks that turn them into <see cref="VerifyArguments"/>; a
/// combination that cannot work is a command-line mistake (exit 2), named before anything starts.
/// </summary>
public sealed class VerifyCommand
{
    public const string TokenVariable = "PACT_BROKER_TOKEN";
    public const string UsernameVariable = "PACT_BROKER_USERNAME";
    public const string PasswordVariable = "PACT_BROKER_PASSWORD";

    private readonly Option<FileInfo[]> _pactFiles = Many<FileInfo>("--pact-file", "file", "A pact file to verify (repeatable).");
    private readonly Option<DirectoryInfo[]> _pactDirs = Many<DirectoryInfo>("--pact-dir", "dir", "Verify every pact in this folder whose provider is --provider-name (repeatable).");
    private readonly Option<Uri[]> _pactUrls = new("--pact-url") { Description = "A pact to fetch and verify (repeatable).", HelpName = "url", CustomParser = HttpUrlArgument.Many };
    private readonly Option<Uri> _brokerUrl = new("--broker-url") { Description = "Verify the pacts a Pact Broker selects for the provider.", HelpName = "url", CustomParser = HttpUrlArgument.Single };
    private readonly Option<string> _brokerToken = new("--broker-token") { Description = $"Bearer token for the broker and --pact-url (or {TokenVariable}).", HelpName = "token" };
    private readonly Option<string> _brokerUsername = new("--broker-username") { Description = $"Basic-auth user for the broker and --pact-url (or {UsernameVariable}; password from {PasswordVariable}).", HelpName = "user" };
    private readonly Option<IReadOnlyList<ConsumerVersionSelector>> _selectors = new("--consumer-version-selectors")
    {
        Description = """Which consumer versions, as JSON, e.g. '[{"mainBranch":true},{"deployedOrReleased":true}]'.""",
        HelpName = "json",
        CustomParser = Selectors,
    };
    private readonly Option<bool> _pending = new("--enable-pending") { Description = "Pacts the provider never passed are verified but cannot fail the run." };
    private readonly Option<DateOnly?> _wipSince = new("--include-wip-pacts-since") { Description = "Also verify work-in-progress pacts published since this date (needs --enable-pending).", HelpName = "YYYY-MM-DD", CustomParser = Date };
    private readonly Option<bool> _publish = new("--publish") { Description = "Publish the results to the broker (needs --broker-url and --provider-version)." };
    private readonly Option<string> _providerVersion = new("--provider-version") { Description = "The provider version verified, e.g. the commit.", HelpName = "version" };
    private readonly Option<string> _providerBranch = new("--provider-branch") { Description = "The provider's branch: for pending status, matchingBranch selectors and the published version.", HelpName = "branch" };
    private readonly Option<string[]> _providerTags = new("--provider-tag") { Description = "A provider version tag (repeatable; prefer --provider-branch).", HelpName = "tag" };
    private readonly Option<Uri> _buildUrl = new("--build-url") { Description = "Link to the CI build, published with the results.", HelpName = "url", CustomParser = HttpUrlArgument.Single };
    private readonly Option<string[]> _consumers = new("--consumer") { Description = "Only this consumer's pacts (repeatable).", HelpName = "name" };
    private readonly Option<string> _providerName = new("--provider-name") { Description = "The provider the pacts name.", HelpName = "name", DefaultValueFactory = _ => VerifyArguments.DefaultProvider };
    private readonly Option<Uri> _providerBaseUrl = new("--provider-base-url")
    {
        Description = "Verify a running API (its root, e.g. https://api.rememberizer.ai) instead of the mock, signed in as REMEMBERIZER_TEST_LOGIN.",
        HelpName = "url",
        CustomParser = HttpUrlArgument.Single,
    };

    private readonly Option<FileInfo> _json = new("--json") { Description = "Write the verifier's JSON report to this file.", HelpName = "file" };
    private readonly Option<int> _timeout = new("--timeout") { Description = "Seconds each replayed request may take.", HelpName = "seconds", DefaultValueFactory = _ => 30 };

    public VerifyCommand()
    {
        _pactFiles.AcceptExistingOnly();
        _pactDirs.AcceptExistingOnly();
        _timeout.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, CultureInfo.InvariantCulture, out var seconds) && seconds < 1)
            {
                r.AddError("--timeout must be at least 1 second.");
            }
        });
        Command = new Command("verify", VerifyHelpText.Description)
        {
            _pactFiles, _pactDirs, _pactUrls, _brokerUrl, _brokerToken, _brokerUsername, _selectors, _pending, _wipSince,
            _publish, _providerVersion, _providerBranch, _providerTags, _buildUrl, _consumers, _providerName, _providerBaseUrl, _json, _timeout,
        };
        Command.Validators.Add(Check);
    }

    public Command Command { get; }

    public VerifyArguments ToArguments(ParseResult result)
    {
        var branch = result.GetValue(_providerBranch);
        string[] tags = result.GetValue(_providerTags) ?? [];
        var auth = Auth(result);
        var version = result.GetValue(_providerVersion);
        var providerBaseUrl = result.GetValue(_providerBaseUrl);
        return new VerifyArguments
        {
            PactFiles = [.. (result.GetValue(_pactFiles) ?? []).Select(f => f.FullName)],
            PactDirectories = [.. (result.GetValue(_pactDirs) ?? []).Select(d => d.FullName)],
            PactUrls = result.GetValue(_pactUrls) ?? [],
            UrlAuth = auth,
            Broker = result.GetValue(_brokerUrl) is { } broker
                ? new PactBrokerSource(broker)
                {
                    Auth = auth,
                    ConsumerVersionSelectors = result.GetValue(_selectors) ?? [],
                    EnablePending = result.GetValue(_pending),
                    IncludeWipPactsSince = result.GetValue(_wipSince),
                    ProviderBranch = branch,
                    ProviderTags = tags,
                }
                : null,

            // pact_ffi publishes with the broker source's branch and tags, so both carry the same ones.
            Publish = result.GetValue(_publish)
                ? new VerificationPublishOptions(version!) { ProviderBranch = branch, ProviderTags = tags, BuildUrl = result.GetValue(_buildUrl) }
                : null,
            Consumers = result.GetValue(_consumers) ?? [],
            ProviderName = result.GetValue(_providerName)!,
            ProviderVersion = version ?? "unversioned",
            ProviderBaseUrl = providerBaseUrl,
            Account = providerBaseUrl is null ? null : RealApiAccount.FromEnvironment(),
            JsonReport = result.GetValue(_json)?.FullName,
            RequestTimeout = TimeSpan.FromSeconds(result.GetValue(_timeout)),
        };
    }

    private void Check(CommandResult command)
    {
        bool Given(Option option) => command.GetResult(option) is { Implicit: false };

        if (!Given(_pactFiles) && !Given(_pactDirs) && !Given(_pactUrls) && !Given(_brokerUrl))
        {
            command.AddError("Name the pacts to verify: --pact-file, --pact-dir, --pact-url or --broker-url.");
        }

        foreach (var brokerOnly in new Option[] { _selectors, _pending, _wipSince, _publish })
        {
            if (Given(brokerOnly) && !Given(_brokerUrl))
            {
                command.AddError($"{brokerOnly.Name} needs --broker-url: it is about the pacts a broker selects.");
            }
        }

        if (Given(_wipSince) && !command.GetValue(_pending))
        {
            command.AddError("--include-wip-pacts-since needs --enable-pending: work-in-progress pacts are verified as pending.");
        }

        if (command.GetValue(_publish) && string.IsNullOrWhiteSpace(command.GetValue(_providerVersion)))
        {
            command.AddError("--publish needs --provider-version: results are published for a provider version.");
        }

        if (Given(_brokerToken) && Given(_brokerUsername))
        {
            command.AddError("Give --broker-token or --broker-username, not both.");
        }

        if (Given(_providerBaseUrl))
        {
            if (Given(_brokerUrl))
            {
                command.AddError("--provider-base-url verifies pact files, folders and URLs; a broker's pacts are verified against the mock " +
                    "(which interactions a running API can be held to is read from the pacts before verifying).");
            }

            if (RealApiAccount.FromEnvironment() is null)
            {
                command.AddError($"--provider-base-url needs an existing, verified account to sign in with: set {RealApiAccount.LoginVariable} and " +
                    $"{RealApiAccount.PasswordVariable} (and {RealApiAccount.ApiKeyVariable} for vector-store interactions).");
            }
        }
    }

    // The command line first, then the environment; a token before a user name in each.
    private PactSourceAuth Auth(ParseResult result)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        return (result.GetValue(_brokerToken), result.GetValue(_brokerUsername)) switch
        {
            ({ Length: > 0 } token, _) => PactSourceAuth.Bearer(token),
            (_, { Length: > 0 } user) => PactSourceAuth.Basic(user, password),
            _ when Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token => PactSourceAuth.Bearer(token),
            _ when Environment.GetEnvironmentVariable(UsernameVariable) is { Length: > 0 } user => PactSourceAuth.Basic(user, password),
            _ => PactSourceAuth.None,
        };
    }

    private static Option<T[]> Many<T>(string name, string helpName, string description) =>
        new(name) { Description = description, HelpName = helpName };

    private static IReadOnlyList<ConsumerVersionSelector> Selectors(ArgumentResult result)
    {
        try
        {
            return ConsumerVersionSelector.ParseArray(result.Tokens.LastOrDefault()?.Value ?? "");
        }
        catch (ArgumentException error)
        {
            result.AddError($"--consumer-version-selectors: {error.Message}");
            return [];
        }
    }

    private static DateOnly? Date(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--include-wip-pacts-since takes a date as YYYY-MM-DD, not '{text}'.");
        return null;
    }
}
