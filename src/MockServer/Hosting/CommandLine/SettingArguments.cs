using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Tenants;

namespace Rememberizer.Contract.MockServer.Hosting.CommandLine;

/// <summary>
/// Separates configuration settings (<c>--Auth:AccessTokenLifetime=00:01:00</c>, or the same with a space before
/// the value) from the command's own options, so every setting of appsettings.json stays reachable from the command
/// line without the parser having to know them. The host's own keys (<c>--environment</c>, <c>--contentRoot</c>,
/// <c>--applicationName</c>) and the sections themselves (<c>--Auth=</c>) are settings too: test hosts pass them.
/// </summary>
public static class SettingArguments
{
    private static readonly HashSet<string> TopLevelKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "environment", "contentRoot", "applicationName", "AllowedHosts", "Logging", "Kestrel",
        MockServerOptions.Section, AuthOptions.Section, DataOptions.Section, MockCorsOptions.Section, TenantOptions.Section, StateOptions.Section,
        FixtureOptions.Section,
    };

    public static (List<string> Settings, List<string> Others) Split(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                rest.AddRange(args.Skip(i));
                break;
            }

            if (SettingKey(arg) is not { } key)
            {
                rest.Add(arg);
                continue;
            }

            if (arg.Contains('='))
            {
                settings.Add(arg);
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                settings.Add($"--{key}={args[++i]}");
            }
            else
            {
                // A setting without a value is a mistake the parser reports by name.
                rest.Add(arg);
            }
        }

        return (settings, rest);
    }

    private static string? SettingKey(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length < 3)
        {
            return null;
        }

        var parts = arg[2..].Split('=', 2);
        var key = parts[0];

        // --state and --fixtures are also the command's own options (--state sqlite:x, --state=sqlite:x); the bare
        // section is a setting only as test hosts write it, with nothing after the '='.
        if ((key.Equals(StateOptions.Section, StringComparison.OrdinalIgnoreCase) || key.Equals(FixtureOptions.Section, StringComparison.OrdinalIgnoreCase))
            && parts is not [_, ""])
        {
            return null;
        }

        return key.Contains(':') || TopLevelKeys.Contains(key) ? key : null;
    }
}
