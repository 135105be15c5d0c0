using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Rememberizer.Contract.MockServer.Api;

/// <summary>
/// Converts between the generated enums and the wire strings the spec gives them (their
/// <see cref="JsonStringEnumMemberNameAttribute"/>), for values the fake keeps as plain strings.
/// </summary>
public static class WireEnums
{
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Name<T>(T value)
        where T : struct, Enum =>
        Names.GetOrAdd(value, v => typeof(T).GetField(v.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString());

    public static T Parse<T>(string wireName)
        where T : struct, Enum =>
        Enum.GetValues<T>().First(value => Name(value) == wireName);
}
