using System.Globalization;
using Rememberizer.Contract.MockServer.Control.ProviderStates;
using Rememberizer.Contract.Pact;

namespace Rememberizer.Contract.MockServer.Proxy.Recording;

/// <summary>
/// One forwarded exchange as a pact interaction that <c>verify</c> can replay against the mock. The credential the
/// client used becomes the provider state that gives the mock's own (a signed-in account's session, the start-up
/// vector store's key, a published knowledge's key or id), sent through the verifier's provider-state values; the
/// credential itself is never written. Sign-up, sign-in, tokens and the other auth operations are not recorded:
/// their bodies are credentials.
/// </summary>
public static class RecordedInteraction
{
    public const string RecordedEmail = "recorded@example.com";

    private static readonly HashSet<string> CredentialTags = new(StringComparer.OrdinalIgnoreCase) { "Auth", "OAuth" };

    public static bool IsRecordable(ObservedExchange observed) => observed.Operation is not { } operation || !CredentialTags.Contains(operation.Tag);

    public static string Describe(ObservedExchange observed) =>
        $"{observed.Method} {observed.Path}{observed.Query} answered {observed.Status.ToString(CultureInfo.InvariantCulture)}";

    public static void Declare(RequestBuilder request, ObservedExchange observed)
    {
        var credential = Credential.Of(observed);
        if (credential.State is { } state)
        {
            request = credential.StateParams is { } parameters ? request.Given(state, parameters) : request.Given(state);
        }

        request = credential.PathExpression is { } expression
            ? request.WithRequest(new HttpMethod(observed.Method), Match.FromProviderState(expression, observed.Path))
            : request.WithRequest(new HttpMethod(observed.Method), observed.Path);
        foreach (var (name, value) in ObservedExchange.QueryPairs(observed.Query).Where(q => q.Key.Length > 0))
        {
            request = request.WithQuery(name, value);
        }

        if (credential.Header is { } header)
        {
            request = request.WithHeader(header.Name, header.Value);
        }

        // Only JSON bodies of the contract's operations are recorded, their credential fields masked: a form body, or
        // one sent to a path the contract does not know, may carry a secret under any name.
        if (observed.RequestBody is { } body && observed.RequestContentType is { } contentType && observed.Operation is not null
            && contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            request = request.WithHeader("Content-Type", contentType).WithBody(contentType, RecordedBody.WithoutCredentials(body));
        }

        var response = request.WillRespond().WithStatus(observed.Status);
        if (observed.ResponseContentType is { } responseType)
        {
            var mediaType = responseType.Split(';')[0].Trim();
            response = response.WithHeader("Content-Type", Match.Regex(responseType, $"^{System.Text.RegularExpressions.Regex.Escape(mediaType)}(;.*)?$"));
            if (observed.ResponseBody is { Length: > 0 } answer && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase)
                && RecordedBody.Expectation(answer) is { } expectation)
            {
                response.WithJsonBody(expectation);
            }
        }
    }

    /// <summary>The provider state, header and path expression that stand for the credential an exchange used.</summary>
    private sealed record Credential(string? State, IReadOnlyDictionary<string, string>? StateParams, (string Name, Matcher Value)? Header, string? PathExpression)
    {
        private const string SignedIn = "a user is signed in";
        private const string VectorStoreExists = "a vector store exists";
        private const string PublicKnowledgeHeader = "public-ck-id";

        public static Credential Of(ObservedExchange observed)
        {
            var signedIn = new Dictionary<string, string> { ["email"] = RecordedEmail };
            if (observed.RequestHeader("Authorization") is { } authorization && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return new(SignedIn, signedIn, ("Authorization", Match.FromProviderState("Bearer ${accessToken}", $"Bearer {RecordedBody.Masked}")), null);
            }

            if (observed.RequestHeader("Cookie") is { } cookie && cookie.Contains("access_token=", StringComparison.Ordinal))
            {
                return new(SignedIn, signedIn, ("Cookie", Match.FromProviderState("access_token=${accessToken}", $"access_token={RecordedBody.Masked}")), null);
            }

            if (observed.RequestHeader("x-api-key") is null)
            {
                // The id of a public knowledge is no secret, but the real one names nothing in the mock: the state's does.
                return observed.RequestHeader(PublicKnowledgeHeader) is { } id
                    ? new(ProviderStateHandlers.KnowledgePublished, null, (PublicKnowledgeHeader, Match.FromProviderState("${knowledgeId}", id)), null)
                    : new(null, null, null, null);
            }

            var key = Match.FromProviderState("${apiKey}", RecordedBody.Masked);
            if (observed.Operation is { } operation && operation.PathParameters.Any(p => p.Name == "vector_store_id"))
            {
                var values = operation.PathValues(observed.Path);
                var expression = observed.Path.Replace($"/{values["vector_store_id"]}/", "/${vectorStoreId}/", StringComparison.Ordinal);
                if (!expression.Contains("${vectorStoreId}", StringComparison.Ordinal) && observed.Path.EndsWith($"/{values["vector_store_id"]}", StringComparison.Ordinal))
                {
                    expression = observed.Path[..^values["vector_store_id"].Length] + "${vectorStoreId}";
                }

                return new(VectorStoreExists, null, ("x-api-key", key), expression);
            }

            return observed.Operation?.Tag.StartsWith("VectorStore", StringComparison.Ordinal) == true
                ? new(VectorStoreExists, null, ("x-api-key", key), null)
                : new(ProviderStateHandlers.KnowledgePublished, null, ("X-API-Key", key), null);
        }
    }
}
