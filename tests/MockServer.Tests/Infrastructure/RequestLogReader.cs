using System.Net.Http.Json;
using System.Text.Json;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>
/// Reads <c>/_mock/requests</c> as a user of the log does. A request a fault cut off is logged when the server side
/// finishes, which may be after the client has already seen the connection drop; so the reader looks again until
/// the entry is there (or a few seconds have passed), rather than sleeping a fixed time.
/// </summary>
public static class RequestLogReader
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task<JsonElement> LoggedRequestAsync(this HttpClient control, Func<JsonElement, bool> match)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var log = await control.GetFromJsonAsync<JsonElement[]>("/_mock/requests", TestContext.Current.CancellationToken);
            if (log!.LastOrDefault(match) is { ValueKind: JsonValueKind.Object } entry)
            {
                return entry;
            }

            Assert.True(DateTime.UtcNow < deadline, "The request never showed up in /_mock/requests.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
