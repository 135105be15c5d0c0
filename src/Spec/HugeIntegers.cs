using System.Numerics;
using Newtonsoft.Json.Linq;

namespace Rememberizer.Contract.Spec;

/// <summary>
/// JSON integers beyond 64 bits, which Json.NET keeps as <see cref="BigInteger"/> and NJsonSchema cannot read (it
/// casts every integer to a 64-bit one and throws). Standing in the nearest 64-bit integer keeps the verdict the
/// schema would give the real value: not a string, above an integer's maximum, and so on.
/// </summary>
internal static class HugeIntegers
{
    /// <summary>The token itself when it holds no such integer; otherwise a copy with each one clamped.</summary>
    public static JToken Clamped(JToken token)
    {
        if (!Tokens(token).Any(IsHuge))
        {
            return token;
        }

        var copy = token.DeepClone();
        foreach (var value in Tokens(copy).Where(IsHuge).Cast<JValue>().ToList())
        {
            value.Value = ((BigInteger)value.Value!).Sign > 0 ? long.MaxValue : long.MinValue;
        }

        return copy;
    }

    private static IEnumerable<JToken> Tokens(JToken token) => token is JContainer container ? container.DescendantsAndSelf() : [token];

    private static bool IsHuge(JToken token) => token is JValue { Value: BigInteger };
}
