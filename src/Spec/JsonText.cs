using System.Buffers;
using Newtonsoft.Json;

namespace Rememberizer.Contract.Spec;

/// <summary>
/// Readers of JSON text for the validators: dates left as text (the schema judges their format) and the parse
/// buffers rented from the shared pool, since every validated request and response would otherwise allocate them.
/// </summary>
internal static class JsonText
{
    public static JsonTextReader Reader(string text, FloatParseHandling floats = FloatParseHandling.Double) =>
        new(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = floats, ArrayPool = SharedCharPool.Instance };

    private sealed class SharedCharPool : IArrayPool<char>
    {
        public static readonly SharedCharPool Instance = new();

        public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

        public void Return(char[]? array)
        {
            if (array is not null)
            {
                ArrayPool<char>.Shared.Return(array);
            }
        }
    }
}
