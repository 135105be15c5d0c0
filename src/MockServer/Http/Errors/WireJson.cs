using System.Text.Encodings.Web;

namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>How the mock writes JSON text on the wire.</summary>
public static class WireJson
{
    /// <summary>
    /// Characters as they are, escaping only what JSON requires, as DRF's renderer writes them (UNICODE_JSON):
    /// "it's" and "Zürich" stay readable instead of becoming \u0027 and \u00FC. It is also what search answers
    /// need: escaping document text character by character was a tenth of a search request's time. The HTML
    /// escaping this leaves out protects JSON pasted into a page, which an API's answers are not.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
