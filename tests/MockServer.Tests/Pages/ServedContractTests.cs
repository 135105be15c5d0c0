using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NSwag;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;
using Rememberizer.Contract.Spec;

namespace Rememberizer.Contract.MockServer.Tests.Pages;

/// <summary><c>/openapi.yaml</c> and <c>/openapi.json</c>: the whole contract, pointing at the mock it came from.</summary>
public sealed class ServedContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task JsonAndYamlServeEveryOperationOfTheContract()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();
        var embedded = await OpenApiYamlDocument.FromYamlAsync(ContractDocument.ReadEmbeddedYaml(), Ct);

        var json = await client.GetAsync("/openapi.json", Ct);
        var yaml = await client.GetAsync("/openapi.yaml", Ct);

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/yaml", yaml.Content.Headers.ContentType?.MediaType);
        var fromJson = await OpenApiDocument.FromJsonAsync(await json.Content.ReadAsStringAsync(Ct), Ct);
        var fromYaml = await OpenApiYamlDocument.FromYamlAsync(await yaml.Content.ReadAsStringAsync(Ct), Ct);
        Assert.Equal(OperationIds(embedded), OperationIds(fromJson));
        Assert.Equal(OperationIds(embedded), OperationIds(fromYaml));
        Assert.Equal(embedded.Components.Schemas.Keys.Order(), fromJson.Components.Schemas.Keys.Order());
    }

    [Fact]
    public async Task JsonKeepsTheVersionAndTheTypesOfTheYaml()
    {
        await using var app = new MockServerApp();

        var json = await app.CreateBareClient().GetFromJsonAsync<JsonElement>("/openapi.json", Ct);

        Assert.Equal("3.0.3", json.GetProperty("openapi").GetString());
        var signUp = json.GetProperty("paths").GetProperty("/auth/signup/").GetProperty("post");
        Assert.Equal(JsonValueKind.True, signUp.GetProperty("requestBody").GetProperty("required").ValueKind);
        Assert.Equal(JsonValueKind.Object, signUp.GetProperty("responses").GetProperty("201").ValueKind);
        var password = json.GetProperty("components").GetProperty("schemas").GetProperty("SignUpRequest").GetProperty("properties").GetProperty("password");
        Assert.Equal(JsonValueKind.Number, password.GetProperty("minLength").ValueKind);
    }

    [Fact]
    public async Task TheFirstServerIsTheAddressTheMockWasReachedAt()
    {
        await using var app = new MockServerApp();
        var client = app.CreateBareClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi.json");
        request.Headers.Host = "127.0.0.1:4321";

        var document = await OpenApiDocument.FromJsonAsync(await (await client.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct), Ct);
        var yaml = await OpenApiYamlDocument.FromYamlAsync(await client.GetStringAsync("/openapi.yaml", Ct), Ct);

        Assert.Equal(["http://127.0.0.1:4321/api/v1", "https://api.rememberizer.ai/api/v1"], document.Servers.Select(s => s.Url));
        Assert.Equal("http://localhost/api/v1", yaml.Servers.First().Url);
    }

    private static List<string> OperationIds(OpenApiDocument document) =>
        [.. document.Operations.Select(o => o.Operation.OperationId).Order(StringComparer.Ordinal)];
}
