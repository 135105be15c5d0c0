using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Tests.Data;

/// <summary>One request for an operation: who sends it, to which URL, with what body.</summary>
public sealed record ProbeRequest(HttpClient Client, HttpMethod Method, string Url, Func<HttpContent?> Content);

/// <summary>
/// Clients and ids for driving every operation of the spec: a verified user, a second one for the session
/// operations, the start-up vector store's key, and items that may be deleted without breaking later calls.
/// </summary>
public sealed class ConformanceContext
{
    private ConformanceContext(MockServerApp app) => App = app;

    public MockServerApp App { get; }

    public HttpClient Browser { get; private set; } = null!;

    public HttpClient SessionBrowser { get; private set; } = null!;

    public HttpClient KeyClient { get; private set; } = null!;

    public string StoreId { get; private set; } = "";

    public int DocumentId { get; private set; }

    public int ChannelId { get; private set; }

    public int MementoId { get; private set; }

    public int SpareMementoId { get; private set; }

    public int StoreDocumentId { get; private set; }

    public int SpareStoreDocumentId { get; private set; }

    public static async Task<ConformanceContext> CreateAsync(MockServerApp app)
    {
        var context = new ConformanceContext(app) { Browser = await app.SignedInBrowserAsync() };
        context.SessionBrowser = await app.SignedInBrowserAsync("session@example.com");
        (context.KeyClient, context.StoreId) = await app.PrimaryStoreClientAsync();
        context.DocumentId = await FirstIdAsync(context.Browser, "/api/v1/documents/?integration_type=google_drive");
        context.ChannelId = await FirstIdAsync(context.Browser, "/api/v1/documents/?integration_type=slack");
        context.MementoId = await FirstIdAsync(context.Browser, "/api/v1/mementos/");
        context.SpareMementoId = (await (await context.Browser.PostAsJsonAsync("/api/v1/mementos/", new { name = "Spare" }, Ct)).JsonAsync()).GetProperty("id").GetInt32();
        var documents = await context.KeyClient.GetJsonAsync($"/api/v1/vector-stores/{context.StoreId}/documents");
        (context.StoreDocumentId, context.SpareStoreDocumentId) = (documents[0].GetProperty("id").GetInt32(), documents[1].GetProperty("id").GetInt32());
        return context;
    }

    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public static MultipartFormDataContent Upload(params string[] names)
    {
        var form = new MultipartFormDataContent();
        foreach (var name in names)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes($"Text of {name} about product integration.")), "files", name);
        }

        return form;
    }

    /// <summary>A request that should succeed for the operation; its path parameters name real items.</summary>
    public ProbeRequest HappyRequest(ContractOperation operation)
    {
        var vector = operation.PathTemplate.StartsWith("/vector-stores/", StringComparison.Ordinal);
        var deletes = operation.Method == "DELETE";
        var path = operation.FullPathTemplate
            .Replace("{vector_store_id}", StoreId, StringComparison.Ordinal)
            .Replace("{document_id}", $"{(vector ? deletes ? SpareStoreDocumentId : StoreDocumentId : DocumentId)}", StringComparison.Ordinal)
            .Replace("{discussion_id}", $"{ChannelId}", StringComparison.Ordinal)
            .Replace("{memento_id}", $"{(deletes ? SpareMementoId : MementoId)}", StringComparison.Ordinal);
        var method = new HttpMethod(operation.Method);
        return operation.OperationId switch
        {
            "signUp" => new(App.CreateBareClient(), method, path, () => Json(new { email = "new@example.com", password = SessionHelpers.Password, name = "New", captcha = SessionHelpers.Captcha })),
            "signIn" => new(App.CreateBareClient(), method, path, () => Json(new { login = "session@example.com", password = SessionHelpers.Password, captcha = SessionHelpers.Captcha })),
            "verifyEmail" => new(SessionBrowser, method, path, () => Json(new { verification_code = "000000" })),
            "refreshSession" or "logOut" or "getAccount" or "getMe" => new(SessionBrowser, method, path, () => null),
            "authorizeOAuthApplication" => new(SessionBrowser, method, path + "?response_type=code&client_id=mock-client-id&redirect_uri=http%3A%2F%2Flocalhost%3A5000%2Fcallback&state=1", () => null),
            "exchangeOAuthToken" => new(App.CreateBareClient(), method, path, () => new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["code"] = "unknown",
                ["redirect_uri"] = "http://localhost:5000/callback",
                ["client_id"] = "mock-client-id",
                ["client_secret"] = "mock-client-secret",
            })),
            "searchDocuments" => new(Browser, method, path + "?q=budget", () => null),
            "memorizeContent" => new(Browser, method, path, () => Json(new { name = "Note", content = "Remember the budget." })),
            "agenticSearchDocuments" => new(Browser, method, path, () => Json(new { query = "budget" })),
            "getDiscussionContents" => new(Browser, method, path + "?integration_type=slack&from=2020-01-01T00:00:00Z", () => null),
            "createMemento" or "updateMemento" => new(Browser, method, path, () => Json(new { name = "Renamed" })),
            "updateMementoDocuments" => new(Browser, method, path, () => Json(new { add = new[] { $"{DocumentId}" } })),
            "createVectorStoreDocument" => new(KeyClient, method, path, () => Json(new { name = "Overview", text = "Product overview." })),
            "uploadVectorStoreDocuments" => new(KeyClient, method, path, () => Upload("guide.md")),
            "updateVectorStoreDocument" => new(KeyClient, method, path, () => Json(new { name = "Renamed.pdf" })),
            "searchVectorStoreDocuments" => new(KeyClient, method, path + "?q=product&t=0", () => null),
            "agenticSearchVectorStoreDocuments" => new(KeyClient, method, path, () => Json(new { query = "product", n_chunks = 3 })),
            "createVectorStore" => new(Browser, method, path, () => Json(new { name = "Support articles" })),
            "getVectorStoreConfigs" => new(Browser, method, path, () => null),
            _ => new(vector ? KeyClient : Browser, method, path, () => null),
        };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> FirstIdAsync(HttpClient client, string url) =>
        (await client.GetJsonAsync(url)).GetProperty("results")[0].GetProperty("id").GetInt32();
}
