using System.CommandLine;
using System.Globalization;
using Rememberizer.Contract.MockServer.Proxy;

namespace Rememberizer.Contract.MockServer.Hosting.CommandLine;

/// <summary>
/// The <c>proxy</c> subcommand's own options; where it listens (<c>--port</c>, <c>--urls</c>) and <c>--quiet</c> are
/// the server's options, added by the command line so both commands read them the same way.
/// </summary>
public sealed class ProxyCommand
{
    private readonly Option<Uri> _upstream = new("--upstream")
    {
        Description = "The API to forward to: its root (https://api.rememberizer.ai) or its /api/v1 address.",
        HelpName = "url",
        Required = true,
        CustomParser = HttpUrlArgument.Single,
    };

    private readonly Option<FileInfo> _report = new("--report") { Description = "Write the drift report (JSON) to this file when the proxy stops.", HelpName = "file" };
    private readonly Option<bool> _failOnDrift = new("--fail-on-drift") { Description = "Exit with code 1 when any drift was seen (for CI)." };
    private readonly Option<DirectoryInfo> _record = new("--record") { Description = "Record the exchanges as a Pact file in this folder (credentials left out).", HelpName = "dir" };
    private readonly Option<int> _timeout = new("--timeout") { Description = "Seconds the upstream may take before the client gets a 504.", HelpName = "seconds", DefaultValueFactory = _ => 100 };

    public ProxyCommand()
    {
        _upstream.Validators.Add(r =>
        {
            if (r.Tokens is [.., var token] && Uri.TryCreate(token.Value, UriKind.Absolute, out var url) && url.UserInfo.Length > 0)
            {
                r.AddError("--upstream takes no credentials in the URL: the client's own go with each request.");
            }
        });
        _timeout.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, CultureInfo.InvariantCulture, out var seconds) && seconds < 1)
            {
                r.AddError("--timeout must be at least 1 second.");
            }
        });
        Command = new Command("proxy", ProxyHelpText.Description) { _upstream, _report, _failOnDrift, _record, _timeout };
    }

    public Command Command { get; }

    public ProxyArguments ToArguments(ParseResult result) => new(result.GetValue(_upstream)!)
    {
        ReportFile = result.GetValue(_report)?.FullName,
        FailOnDrift = result.GetValue(_failOnDrift),
        RecordDirectory = result.GetValue(_record)?.FullName,
        Timeout = TimeSpan.FromSeconds(result.GetValue(_timeout)),
    };
}
