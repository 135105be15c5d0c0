using System.Net;
using System.Net.Http.Json;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Data;

public sealed class MementosApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MementoIsCreatedRenamedFilledAndDeleted()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var documents = (await browser.GetJsonAsync("/api/v1/documents/?page_size=3")).GetProperty("results").Items()
            .Select(d => d.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var created = await browser.PostAsJsonAsync("/api/v1/mementos/", new { name = "Launch" }, Ct);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        var renamed = await (await browser.PatchAsJsonAsync($"/api/v1/mementos/{id}/", new { name = "Launch 2" }, Ct)).JsonAsync();
        var filled = await (await browser.PostAsJsonAsync($"/api/v1/mementos/memento_document/{id}/", new { memento = "1", add = documents, remove = Array.Empty<string>() }, Ct)).JsonAsync();
        var trimmed = await (await browser.PostAsJsonAsync($"/api/v1/mementos/memento_document/{id}/", new { remove = documents[..1] }, Ct)).JsonAsync();
        var listed = (await browser.GetJsonAsync("/api/v1/mementos/")).GetProperty("results")[0];
        var deleted = await browser.DeleteAsync($"/api/v1/mementos/{id}/", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Launch 2", renamed.GetProperty("name").GetString());
        Assert.Equal(3, filled.GetProperty("document_count").GetInt32());
        Assert.Equal(documents[1..], trimmed.GetProperty("documents").Items().Select(d => d.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(id, listed.GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/mementos/{id}/", Ct)).StatusCode);
        Assert.Equal(3, (await browser.GetJsonAsync("/api/v1/documents/?page_size=3")).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task EachNewMementoGetsAnIdOfItsOwnAndDeletingOneKeepsTheOther()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();

        var first = (await (await browser.PostAsJsonAsync("/api/v1/mementos/", new { name = "First" }, Ct)).JsonAsync()).GetProperty("id").GetInt32();
        var second = (await (await browser.PostAsJsonAsync("/api/v1/mementos/", new { name = "Second" }, Ct)).JsonAsync()).GetProperty("id").GetInt32();
        var deleted = await browser.DeleteAsync($"/api/v1/mementos/{first}/", Ct);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal("Second", (await browser.GetJsonAsync($"/api/v1/mementos/{second}/")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnknownDocumentIdsAreNamedAndChangeNothing()
    {
        await using var app = new MockServerApp();
        var browser = await app.SignedInBrowserAsync();
        var memento = (await browser.GetJsonAsync("/api/v1/mementos/")).GetProperty("results")[0];
        var id = memento.GetProperty("id").GetInt32();

        var response = await browser.PostAsJsonAsync($"/api/v1/mementos/memento_document/{id}/", new { add = new[] { "99999999" } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Unknown document ids: 99999999.", (await response.JsonAsync()).GetProperty("add")[0].GetString());
        Assert.Equal(memento.GetProperty("document_count").GetInt32(), (await browser.GetJsonAsync($"/api/v1/mementos/{id}/")).GetProperty("document_count").GetInt32());
    }

    [Fact]
    public async Task AnotherUsersMementosAndDocumentsAreInvisible()
    {
        await using var app = new MockServerApp();
        var ada = await app.SignedInBrowserAsync();
        var bob = await app.SignedInBrowserAsync("bob@example.com");
        var adaMemento = (await ada.GetJsonAsync("/api/v1/mementos/")).GetProperty("results")[0].GetProperty("id").GetInt32();
        var adaDocument = (await ada.GetJsonAsync("/api/v1/documents/")).GetProperty("results")[0].GetProperty("id").GetInt32();
        var bobMemento = (await bob.GetJsonAsync("/api/v1/mementos/")).GetProperty("results")[0].GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/v1/mementos/{adaMemento}/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.DeleteAsync($"/api/v1/mementos/{adaMemento}/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync($"/api/v1/mementos/{adaMemento}/", Ct)).StatusCode);
        var steal = await bob.PostAsJsonAsync($"/api/v1/mementos/memento_document/{bobMemento}/", new { add = new[] { $"{adaDocument}" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, steal.StatusCode);
        Assert.DoesNotContain(
            (await bob.GetJsonAsync("/api/v1/documents/?page_size=1000")).GetProperty("results").Items(),
            d => d.GetProperty("id").GetInt32() == adaDocument);
    }
}
