using Rememberizer.Contract.Pact.Tests.Fakes;

namespace Rememberizer.Contract.Pact.Tests.Builders;

public sealed class ConsumerRunTests
{
    private const string MismatchesJson = """
        [
          {"type":"request-mismatch","method":"POST","path":"/signin/","mismatches":[
            {"type":"BodyMismatch","path":"$.password","expected":"\"x\"","actual":"\"y\"","mismatch":"Expected 'x' to be equal to 'y'"}]},
          {"type":"missing-request","method":"GET","path":"/me/","request":{}},
          {"type":"request-not-found","method":"GET","path":"/nope/","request":{}}
        ]
        """;

    private readonly FakeConsumerDriver _driver = new();

    [Fact]
    public void VerifyWithoutInteractionsNamesUponReceiving()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NewPact().Verify(_ => { }));

        Assert.Contains("UponReceiving", error.Message);
    }

    [Fact]
    public void VerifyWithAnUnfinishedInteractionNamesWillRespond()
    {
        var pact = NewPact();
        pact.UponReceiving("a sign-in").WithRequest(HttpMethod.Post, "/signin/");

        var error = Assert.Throws<InvalidOperationException>(() => pact.Verify(_ => { }));

        Assert.Contains("WillRespond()", error.Message);
        Assert.Contains("a sign-in", error.Message);
    }

    [Fact]
    public async Task MatchedRunWritesThePactAndReleasesTheServerAndPact()
    {
        var pact = Declared();
        Uri? seen = null;

        await pact.VerifyAsync(ctx =>
        {
            seen = ctx.MockServerUri;
            return Task.CompletedTask;
        });

        Assert.Equal(new Uri("http://127.0.0.1:4711/"), seen);
        Assert.Equal(["pacts-dir"], _driver.Server.WrittenTo.Select(Path.GetFileName));
        Assert.Equal(1, _driver.Server.DisposeCount);
        Assert.Equal(1, _driver.PactsFreed);
    }

    [Fact]
    public async Task MismatchedRunListsEveryProblemAndWritesNothing()
    {
        _driver.Server.MatchedResult = false;
        _driver.Server.MismatchesJson = MismatchesJson;
        _driver.Server.LogText = "INFO Received request POST /signin/";

        var error = await Assert.ThrowsAsync<PactMismatchException>(() => Declared().VerifyAsync(_ => Task.CompletedTask));

        Assert.Equal(["request-mismatch", "missing-request", "request-not-found"], error.Mismatches.Select(m => m.Kind));
        Assert.Contains("BodyMismatch at $.password: Expected 'x' to be equal to 'y'", error.Message);
        Assert.Contains("(missing-request): GET /me/", error.Message);
        Assert.Contains("(request-not-found): GET /nope/", error.Message);
        Assert.Contains("Received request POST /signin/", error.Message);
        Assert.Empty(_driver.Server.WrittenTo);
        Assert.Equal(1, _driver.Server.DisposeCount);
        Assert.Equal(1, _driver.PactsFreed);
    }

    [Fact]
    public async Task FailingTestBodyWritesNoPactButStillCleansUp()
    {
        var error = await Assert.ThrowsAsync<PactException>(
            () => Declared().VerifyAsync(_ => throw new InvalidDataException("client could not parse the body")));

        Assert.IsType<InvalidDataException>(error.InnerException);
        Assert.Contains("client could not parse the body", error.Message);
        Assert.Empty(_driver.Server.WrittenTo);
        Assert.Equal(1, _driver.Server.DisposeCount);
        Assert.Equal(1, _driver.PactsFreed);
    }

    [Fact]
    public void ABuilderStartsAFreshPactAfterEachRun()
    {
        var pact = Declared();
        pact.Verify(_ => { });
        pact.UponReceiving("a second call").WithRequest(HttpMethod.Get, "/b/").WillRespond();
        pact.Verify(_ => { });

        Assert.Equal(2, _driver.PactsCreated);
        Assert.Equal(2, _driver.PactsFreed);
    }

    private PactBuilder NewPact() => new("web", "api", new PactConfig { PactDir = Path.Combine(Path.GetTempPath(), "pacts-dir") }, _driver);

    private PactBuilder Declared()
    {
        var pact = NewPact();
        pact.UponReceiving("a sign-in").WithRequest(HttpMethod.Post, "/signin/").WillRespond().WithStatus(204);
        return pact;
    }
}
