using System.Collections.Concurrent;
using System.Text;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Pages;

/// <summary>
/// The contract as this mock serves it (<c>/openapi.yaml</c>, <c>/openapi.json</c>, and the API reference): the
/// embedded spec, word for word, except that its servers put the address the caller reached the mock at first, so
/// generated clients and "try it" requests come here. Each origin's texts are made once and kept (a handful at
/// most: localhost, 127.0.0.1, a LAN address).
/// </summary>
public sealed class ServedContract
{
    public const string ProductionServer = "https://api.rememberizer.ai/api/v1";
    private const int OriginsKept = 16;

    private readonly Lazy<string> _yaml = new(ContractDocument.ReadEmbeddedYaml);
    private readonly ConcurrentDictionary<(string Origin, ContractFormat Format), string> _texts = new();

    public string Text(string origin, ContractFormat format)
    {
        if (_texts.TryGetValue((origin, format), out var known))
        {
            return known;
        }

        var yaml = WithServers(_yaml.Value, origin);
        var text = format == ContractFormat.Json ? YamlJson.Convert(yaml) : yaml;
        if (_texts.Count < OriginsKept)
        {
            _texts.TryAdd((origin, format), text);
        }

        return text;
    }

    /// <summary>Replaces the top-level <c>servers:</c> block (up to the next top-level key) with this mock and production.</summary>
    private static string WithServers(string yaml, string origin)
    {
        var start = yaml.IndexOf("\nservers:", StringComparison.Ordinal) + 1;
        if (start == 0)
        {
            throw new InvalidOperationException("The contract has no top-level servers block.");
        }

        var end = NextLine(yaml, start);
        while (end < yaml.Length && yaml[end] is ' ' or '\n' or '-')
        {
            end = NextLine(yaml, end);
        }

        var servers = new StringBuilder()
            .Append("servers:\n")
            .Append("  - url: '").Append(origin.Replace("'", "''", StringComparison.Ordinal)).Append("/api/v1'\n")
            .Append("    description: This mock server\n")
            .Append("  - url: ").Append(ProductionServer).Append('\n')
            .Append("    description: Production\n");
        return string.Concat(yaml.AsSpan(0, start), servers.ToString(), yaml.AsSpan(end));
    }

    private static int NextLine(string text, int from) => text.IndexOf('\n', from) is var newline and >= 0 ? newline + 1 : text.Length;
}

public enum ContractFormat
{
    Yaml,
    Json,
}
