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
    /// <summary>A body as parsed, each such integer in it clamped (in place: the token is the parser's own).</summary>
    public static JToken Clamped(JToken token)
    {
        if (token is JValue { Value: BigInteger alone })
        {
            return new JValue(Nearest(alone));
        }

        if (token is JContainer container)
        {
            foreach (var value in container.Descendants().OfType<JValue>().Where(v => v.Value is BigInteger).ToList())
            {
                value.Value = Nearest((BigInteger)value.Value!);
            }
        }

        return token;
    }

    private static long Nearest(BigInteger value) => value.Sign > 0 ? long.MaxValue : long.MinValue;
}
