using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Rememberizer.Contract.Fake.State;
using Rememberizer.Contract.MockServer.Proxy;
using Rememberizer.Contract.MockServer.Verify;

namespace Rememberizer.Contract.MockServer.Hosting.CommandLine;

/// <summary>
/// The <c>rememberizer-mock</c> command: parses its options, answers <c>--help</c> and <c>--version</c>, turns the
/// rest into the host's configuration and runs the server, or runs <c>verify</c> (<see cref="VerifyRunner"/>). Mistakes on the command line end in one line on stderr
/// and exit code 2; a server that cannot start ends in one line and exit code 1 — never a stack trace.
/// </summary>
public static class MockCommandLine
{
    public const string Name = "rememberizer-mock";
    public const int UsageError = 2;
    public const int StartFailure = 1;

    private static readonly MockServerOptions Defaults = new();

    public static int Run(string[] args, Action<string[]> serve, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var (settings, rest) = SettingArguments.Split(args);
        var options = new CommandOptions();
        var result = options.Command.Parse(rest);
        if (result.Errors.Count > 0)
        {
            error.WriteLine($"{Name}: {string.Join(" ", result.Errors.Select(e => e.Message))} See --help.");
            return UsageError;
        }

        // The commands' own actions are placeholders (below): any other action is --help's or --version's.
        if (result.Action is not null && result.Action != result.CommandResult.Command.Action)
        {
            var exit = result.Invoke(new InvocationConfiguration { Output = output, Error = error });
            if (result.Action is HelpAction)
            {
                var command = result.CommandResult.Command;
                output.Write(command == options.Verify.Command ? VerifyHelpText.Epilogue
                    : command == options.Proxy.Command ? ProxyHelpText.Epilogue
                    : HelpText.Epilogue);
            }

            return exit;
        }

        if (result.CommandResult.Command == options.Verify.Command)
        {
            var outcome = VerifyRunner.RunAsync(options.Verify.ToArguments(result), InProcessMock.Starter([.. settings, .. options.ToSettings(result)]), output, error)
                .GetAwaiter().GetResult();
            return outcome.ExitCode;
        }

        if (result.CommandResult.Command == options.Proxy.Command)
        {
            var proxy = options.Proxy.ToArguments(result);
            if (ProxyRunner.Precondition(proxy) is { } problem)
            {
                error.WriteLine($"{Name} proxy: {problem}");
                return StartFailure;
            }

            return Host(() => ProxyRunner.Run(MockServerHost.Build([.. settings, .. options.ToSettings(result)], proxy: proxy), proxy, error), error);
        }

        return Host(() =>
        {
            serve([.. settings, .. options.ToSettings(result)]);
            return 0;
        }, error);
    }

    private static int Host(Func<int> run, TextWriter error)
    {
        try
        {
            return run();
        }
        catch (Exception exception) when (StartupFailure.Describe(exception) is { } failure)
        {
            error.WriteLine($"{Name}: {failure.Message}");
            return failure.ExitCode;
        }
    }

    /// <summary>The command's options, each with its default shown by <c>--help</c>.</summary>
    private sealed class CommandOptions
    {
        public readonly Option<int> Port = new("--port", "-p")
        {
            Description = "Port on localhost to listen on; 0 picks a free port and prints it.",
            HelpName = "port",
            DefaultValueFactory = _ => Defaults.Port,
        };

        public readonly Option<string> Urls = new("--urls")
        {
            Description = "Addresses to listen on instead, separated by ';' (e.g. http://0.0.0.0:4010 to accept other machines).",
            HelpName = "urls",
        };

        public readonly VerifyCommand Verify = new();

        public readonly ProxyCommand Proxy = new();

        public readonly Option<int> Seed = new("--seed")
        {
            Recursive = true,
            Description = "Seed of the generated data: the same seed gives the same users, documents, dates and API keys.",
            HelpName = "seed",
            DefaultValueFactory = _ => Defaults.Seed,
        };

        public readonly Option<string> State = new("--state")
        {
            Description = "Where state is kept: memory (this process), sqlite:PATH (survives restarts), redis://HOST:PORT (shared by many mocks).",
            HelpName = "store",
            DefaultValueFactory = _ => MemoryStateStore.Name,
        };

        public readonly Option<string> Fixtures = new("--fixtures")
        {
            Description = "A YAML or JSON fixture file: the users, documents, mementos, knowledge and keys every tenant starts with.",
            HelpName = "file",
        };

        public readonly Option<string> Scenario = new("--scenario")
        {
            Description = "One of the fixture file's scenarios to start with instead of its top level.",
            HelpName = "name",
        };

        public readonly Option<bool> Quiet = new("--quiet", "-q")
        {
            Description = "Print only the start-up line and errors: no line per request or e-mail.",
        };

        public CommandOptions()
        {
            Port.Validators.Add(port =>
            {
                // Runs after conversion; a token that is not a number already has its error.
                if (port.Tokens is [{ } token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var number) && number is < 0 or > 65535)
                {
                    port.AddError("--port must be between 0 and 65535.");
                }
            });

            // A plain command rather than RootCommand, so usage names the installed command, not the assembly. With a
            // subcommand, a command without an action would demand one; Run does the work, so the actions are no-ops.
            Command = new Command(Name, HelpText.Description) { Port, Urls, Seed, State, Fixtures, Scenario, Quiet, new HelpOption(), new VersionOption(), Verify.Command, Proxy.Command };
            Command.SetAction(_ => 0);
            Verify.Command.SetAction(_ => 0);

            // The proxy listens, prints and keeps its pages' state as serve does: the same options, read the same way.
            Proxy.Command.Options.Add(Port);
            Proxy.Command.Options.Add(Urls);
            Proxy.Command.Options.Add(State);
            Proxy.Command.Options.Add(Quiet);
            Proxy.Command.SetAction(_ => 0);
            foreach (var listening in new[] { Command, Proxy.Command })
            {
                listening.Validators.Add(command =>
                {
                    if (command.GetResult(Port) is { Implicit: false } && command.GetResult(Urls) is not null)
                    {
                        command.AddError("--port and --urls cannot be combined: --urls already names the port.");
                    }
                });
            }
        }

        public Command Command { get; }

        /// <summary>Explicit options as configuration settings; defaults stay out so appsettings.json still counts.</summary>
        public IEnumerable<string> ToSettings(ParseResult result)
        {
            if (result.GetResult(Port) is { Implicit: false })
            {
                yield return Setting(nameof(MockServerOptions.Port), result.GetValue(Port));
            }

            if (result.GetValue(Urls) is { } urls)
            {
                yield return $"--urls={urls}";
            }

            if (result.GetResult(Seed) is { Implicit: false })
            {
                yield return Setting(nameof(MockServerOptions.Seed), result.GetValue(Seed));
            }

            if (result.GetResult(State) is { Implicit: false })
            {
                yield return $"--{StateOptions.Section}:{nameof(StateOptions.Store)}={result.GetValue(State)}";
            }

            if (result.GetValue(Fixtures) is { } fixtures)
            {
                yield return $"--{FixtureOptions.Section}:{nameof(FixtureOptions.File)}={Path.GetFullPath(fixtures)}";
            }

            if (result.GetValue(Scenario) is { } scenario)
            {
                yield return $"--{FixtureOptions.Section}:{nameof(FixtureOptions.Scenario)}={scenario}";
            }

            if (result.GetValue(Quiet))
            {
                yield return Setting(nameof(MockServerOptions.Quiet), true);
            }
        }

        private static string Setting(string key, object value) =>
            string.Create(CultureInfo.InvariantCulture, $"--{MockServerOptions.Section}:{key}={value}");
    }
}
