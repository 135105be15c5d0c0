using Rememberizer.Contract.MockServer.Http.Authenticate;

namespace Rememberizer.Contract.MockServer.Tests.Auth;

public sealed class OriginMatcherTests
{
    private static readonly OriginMatcher Defaults = new(MockCorsOptions.DefaultOrigins);

    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://localhost")]
    [InlineData("http://127.0.0.1:8080")]
    public void LocalDevServersOnAnyPortAreAllowedByDefault(string origin) => Assert.True(Defaults.IsAllowed(origin));

    [Theory]
    [InlineData("https://localhost:5173")]
    [InlineData("http://localhost.evil.example:5173")]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    [InlineData("http://localhost:5173/path")]
    public void OtherSchemesHostsAndMalformedOriginsAreRefused(string origin) => Assert.False(Defaults.IsAllowed(origin));

    [Fact]
    public void ExactOriginMatchesOnlyItsOwnPort()
    {
        var matcher = new OriginMatcher(["https://app.example.com:8443"]);

        Assert.True(matcher.IsAllowed("https://app.example.com:8443"));
        Assert.False(matcher.IsAllowed("https://app.example.com"));
    }
}
