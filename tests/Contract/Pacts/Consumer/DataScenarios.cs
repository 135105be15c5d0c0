using Rememberizer.Contract.Generated.Client;
using Rememberizer.Contract.Pact;
using static Rememberizer.Contract.Tests.Pacts.ProviderStates;

namespace Rememberizer.Contract.Tests.Pacts.Consumer;

/// <summary>The main data calls of the web app, made with the session cookie a signed-in browser holds.</summary>
public static class DataScenarios
{
    private const string NoteName = "Quarterly plan";
    private const string NoteContent = "The roadmap for the next quarter puts search quality first.";

    private static Matcher AccessCookie { get; } =
        Match.FromProviderState("access_token=${accessToken}", $"access_token={WireExamples.AccessJwt}");

    public static IEnumerable<ConsumerScenario> All()
    {
        yield return new("a request for the signed-in account", Define: i => i
            .Given(SignedIn, Alice.Params())
            .WithRequest(HttpMethod.Get, "/api/v1/account/")
            .WithHeader("Cookie", AccessCookie)
            .WillRespond()
            .WithJson(200, new { id = Match.Integer(42), email = Match.Type(Alice.Email), name = Match.Type(Alice.Name) }),
            Exercise: async (api, ct) =>
            {
                SignedInBrowser(api);
                var account = await api.Account.GetAccountAsync(ct);
                Assert.Equal(Alice.Email, account.Email);
            });

        yield return new("a request for the first page of documents", Define: i => i
            .Given(SignedIn, Alice.Params())
            .WithRequest(HttpMethod.Get, "/api/v1/documents/")
            .WithQuery("page", "1")
            .WithQuery("page_size", "2")
            .WithHeader("Cookie", AccessCookie)
            .WillRespond()
            .WithJson(200, new
            {
                count = Match.Integer(257),
                next = Match.Regex("http://localhost:4010/api/v1/documents/?page=2&page_size=2", @"^https?://.+/api/v1/documents/\?.*page=2.*$"),
                previous = (string?)null,
                results = Match.EachLike(Document(), min: 2),
            }),
            Exercise: async (api, ct) =>
            {
                SignedInBrowser(api);
                var page = await api.Documents.ListDocumentsAsync(1, 2, null, ct);
                Assert.Equal(2, page.Results.Count);
                Assert.NotNull(page.Next);
            });

        yield return new("a search of the documents", Define: i => i
            .Given(SignedIn, Alice.Params())
            .Given(HasMemorizedNote, Alice.Params(("name", NoteName), ("content", NoteContent)))
            .WithRequest(HttpMethod.Get, "/api/v1/documents/search/")
            .WithQuery("q", "roadmap quarter")
            .WithQuery("n", "3")
            .WithHeader("Cookie", AccessCookie)
            .WillRespond()
            .WithJson(200, new
            {
                data_sources = Match.EachLike(new { name = Match.Type("memorize"), documents = Match.Integer(1) }),
                matched_chunks = Match.EachLike(new
                {
                    document = new
                    {
                        id = Match.Integer(12401),
                        document_id = Match.Type("mem_5f2c1a"),
                        name = Match.Type(NoteName),
                        type = Match.Type("text/plain"),
                        size = Match.Integer(60),
                    },
                    matched_content = Match.Type(NoteContent),
                    distance = Match.Decimal(0.12m),
                }),
            }),
            Exercise: async (api, ct) =>
            {
                SignedInBrowser(api);
                var found = await api.Documents.SearchDocumentsAsync("roadmap quarter", 3, null, null, null, null, ct);
                Assert.Equal(NoteName, found.Matched_chunks.First().Document.Name);
            });

        yield return new("a request to memorize a note", Define: i => i
            .Given(SignedIn, Alice.Params())
            .WithRequest(HttpMethod.Post, "/api/v1/documents/memorize/")
            .WithHeader("Cookie", AccessCookie)
            .WithHeader("Content-Type", WireExamples.JsonContentType)
            .WithJsonBody(new { name = NoteName, content = NoteContent })
            .WillRespond()
            .WithJson(201, new
            {
                data = Match.EachLike(new
                {
                    id = Match.Integer(12401),
                    name = Match.Type(NoteName),
                    integration_type = Match.Type("memorize"),
                }),
                message = Match.Type("Content memorized successfully."),
                code = Match.Type("success"),
            }),
            Exercise: async (api, ct) =>
            {
                SignedInBrowser(api);
                var stored = await api.Documents.MemorizeContentAsync(new MemorizeRequest { Name = NoteName, Content = NoteContent }, ct);
                Assert.Equal(NoteName, stored.Data.Single().Name);
            });

        yield return new("a request for the vector store of an API key", Define: i => i
            .Given(VectorStoreExists)
            .WithRequest(HttpMethod.Get, "/api/v1/vector-stores/me")
            .WithHeader("x-api-key", Match.FromProviderState("${apiKey}", "vs-key-0123456789abcdef0123456789abcdef"))
            .WillRespond()
            .WithJson(200, new
            {
                id = Match.Type("vs_abc123"),
                name = Match.Type("Product documentation"),
                embedding_model = Match.Type("sentence-transformers/all-mpnet-base-v2"),
                vector_dimension = Match.Integer(128),
                search_metric = Match.Type("cosine_distance"),
            }),
            Exercise: async (api, ct) =>
            {
                api.UseApiKey("vs-key-0123456789abcdef0123456789abcdef");
                var store = await api.VectorStores.GetVectorStoreAsync(ct);
                Assert.StartsWith("vs_", store.Id);
            });
    }

    private static object Document() => new
    {
        id = Match.Integer(12345),
        document_id = Match.Type("1aBcD2efGhIjK3lMnOpQrStUvWxYz"),
        name = Match.Type("Project Proposal.docx"),
        type = Match.Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        integration_type = Match.Type("google_drive"),
        status = Match.Type("indexed"),
        size = Match.Integer(250000),
    };

    private static void SignedInBrowser(ConsumerApi api) => api.HoldCookie("access_token", WireExamples.AccessJwt);
}
