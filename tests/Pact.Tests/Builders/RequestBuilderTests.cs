using Rememberizer.Contract.Pact.Tests.Fakes;

namespace Rememberizer.Contract.Pact.Tests.Builders;

public sealed class RequestBuilderTests
{
    private readonly FakeConsumerDriver _driver = new();

    [Fact]
    public void RepeatedQueryKeysAndHeadersGetIncreasingIndexes()
    {
        NewPact().UponReceiving("a search")
            .WithRequest(HttpMethod.Get, "/search/")
            .WithQuery("tag", "a")
            .WithQuery("page", "1")
            .WithQuery("tag", "b")
            .WithHeader("Accept", "application/json")
            .WithHeader("accept", "text/plain");

        Assert.Contains("query tag[0]=a", _driver.Calls);
        Assert.Contains("query page[0]=1", _driver.Calls);
        Assert.Contains("query tag[1]=b", _driver.Calls);
        Assert.Contains("request header Accept[0]=application/json", _driver.Calls);
        Assert.Contains("request header accept[1]=text/plain", _driver.Calls);
    }

    [Fact]
    public void ResponseHeadersAreCountedApartFromRequestHeaders()
    {
        NewPact().UponReceiving("a sign-in")
            .WithRequest(HttpMethod.Post, "/signin/")
            .WithHeader("Set-Cookie", "ignored=1")
            .WillRespond()
            .WithHeader("Set-Cookie", "session=a")
            .WithHeader("Set-Cookie", Match.Regex("csrf=b", "^(session|csrf)=\\w+$"));

        Assert.Contains("request header Set-Cookie[0]=ignored=1", _driver.Calls);
        Assert.Contains("response header Set-Cookie[0]=session=a", _driver.Calls);
        Assert.Contains("""response header Set-Cookie[1]={"pact:matcher:type":"regex","regex":"^(session|csrf)=\\w+$","value":"csrf=b"}""", _driver.Calls);
    }

    [Fact]
    public void ProviderStateParametersTravelAsJson()
    {
        NewPact().UponReceiving("a sign-in")
            .Given("a user exists", new Dictionary<string, string> { ["email"] = "a@b.c" })
            .Given("a quota", new Dictionary<string, object?> { ["limit"] = 3 })
            .Given("the service is up");

        Assert.Contains("""given a user exists {"email":"a@b.c"}""", _driver.Calls);
        Assert.Contains("""given a quota {"limit":3}""", _driver.Calls);
        Assert.Contains("given the service is up", _driver.Calls);
    }

    [Fact]
    public void JsonBodiesEmbedMatchersAndSetTheContentType()
    {
        NewPact().UponReceiving("a profile read")
            .WithRequest(HttpMethod.Get, "/me/")
            .WillRespond()
            .WithStatus(200)
            .WithJsonBody(new { id = Match.Integer(1), display_name = (string?)null });

        Assert.Equal("""response body application/json {"id":{"pact:matcher:type":"integer","value":1},"display_name":null}""", _driver.Calls[^1]);
        Assert.Contains("status 200", _driver.Calls);
    }

    [Fact]
    public void HeaderBeforeTheRequestLineNamesWithRequest()
    {
        var interaction = NewPact().UponReceiving("a sign-in");

        var error = Assert.Throws<InvalidOperationException>(() => interaction.WithHeader("Accept", "x"));

        Assert.Contains("WithRequest(method, path)", error.Message);
    }

    [Fact]
    public void WillRespondWithoutARequestNamesWithRequest()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NewPact().UponReceiving("a sign-in").WillRespond());

        Assert.Contains("WithRequest", error.Message);
    }

    [Fact]
    public void SecondRequestLineIsRejected()
    {
        var interaction = NewPact().UponReceiving("a sign-in").WithRequest(HttpMethod.Post, "/signin/");

        Assert.Throws<InvalidOperationException>(() => interaction.WithRequest(HttpMethod.Get, "/other/"));
    }

    [Fact]
    public void RequestCallsAfterWillRespondAreRejected()
    {
        var interaction = NewPact().UponReceiving("a sign-in").WithRequest(HttpMethod.Post, "/signin/");
        interaction.WillRespond();

        var error = Assert.Throws<InvalidOperationException>(() => interaction.WithQuery("a", "b"));

        Assert.Contains("WillRespond() was already called", error.Message);
    }

    [Fact]
    public void SecondStatusIsRejected()
    {
        var response = NewPact().UponReceiving("a sign-in").WithRequest(HttpMethod.Post, "/signin/").WillRespond().WithStatus(204);

        Assert.Throws<InvalidOperationException>(() => response.WithStatus(200));
    }

    [Fact]
    public void BinaryBodiesReachTheDriverWithTheirContentType()
    {
        NewPact().UponReceiving("an upload")
            .WithRequest(HttpMethod.Post, "/files/")
            .WithBinaryBody("application/pdf", [1, 2, 3])
            .WillRespond()
            .WithBinaryBody("image/png", [4, 5]);

        Assert.Contains("request binary body application/pdf 3 bytes", _driver.Calls);
        Assert.Contains("response binary body image/png 2 bytes", _driver.Calls);
    }

    private PactBuilder NewPact() => new("web", "api", new PactConfig(), _driver);
}
