using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Accounts;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class PasswordHashingTests
{
    private static PasswordHashing Hasher(int iterations = 1000) => new(Options.Create(new AuthOptions { PasswordHashIterations = iterations }));

    [Fact]
    public void HashIsStoredInDjangosFormatAndVerifiesOnlyTheRightPassword()
    {
        var hash = Hasher().Hash("correct horse");

        Assert.Matches(@"^pbkdf2_sha256\$1000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$", hash);
        Assert.True(Hasher().Verify(hash, "correct horse"));
        Assert.False(Hasher().Verify(hash, "correct horse "));
        Assert.NotEqual(hash, Hasher().Hash("correct horse"));
    }

    [Fact]
    public void AHashKeepsItsOwnIterationCountAndGarbageNeverVerifies()
    {
        var old = Hasher(iterations: 3).Hash("secret-password");

        Assert.True(Hasher(iterations: 1000).Verify(old, "secret-password"));
        Assert.False(Hasher().Verify("md5$whatever", "secret-password"));
        Assert.False(Hasher().Verify("pbkdf2_sha256$0$salt$hash", "secret-password"));
    }

    [Fact]
    public void TheDefaultHashesWithOneRoundAndVerifiesUnderTheProductionSetting()
    {
        var cheap = new PasswordHashing(Options.Create(new AuthOptions())).Hash("secret-password");
        var production = Hasher(AuthOptions.ProductionPasswordHashIterations);

        Assert.StartsWith("pbkdf2_sha256$1$", cheap, StringComparison.Ordinal);
        Assert.True(production.Verify(cheap, "secret-password"));
        Assert.False(production.Verify(cheap, "secret-passwor"));
    }
}
