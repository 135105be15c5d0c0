using System.Net;
using System.Net.Sockets;
using Rememberizer.Contract.Generated.Client;
using Rememberizer.Contract.Testing;

namespace RememberizerExample.Tests;

/// <summary>
/// Each test starts the mocks it needs; disposing a mock stops it and frees its port. The typed clients send to the
/// address of the HttpClient they are given: <c>mock.CreateClient()</c>'s is the mock's <c>…/api/v1/</c>.
/// </summary>
public sealed class AccountTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoMocksInOneProcessEachServeTheAccountOfAUserMadeThere()
    {
        var first = await RememberizerMock.StartAsync(new RememberizerMockOptions { Seed = 7 }, Ct);
        var second = await RememberizerMock.StartAsync(new RememberizerMockOptions { Seed = 7 }, Ct);
        int[] ports = [first.Port, second.Port];
        await using (first)
        await using (second)
        {
            Assert.NotEqual(first.Port, second.Port);
            foreach (var mock in new[] { first, second })
            {
                await mock.Control.CreateUserAsync($"user-{mock.Port}@example.com", "secure_password", "Example User", cancellationToken: Ct);
                using var http = mock.CreateClient();

                await new AuthClient(http).SignInAsync(new SignInRequest { Login = $"user-{mock.Port}@example.com", Password = "secure_password", Captcha = "ok" }, Ct);
                var account = await new AccountClient(http).GetAccountAsync(Ct);

                Assert.Equal($"user-{mock.Port}@example.com", account.Email);
            }
        }

        foreach (var port in ports)
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
    }

    [Fact]
    public async Task ASignUpIsVerifiedWithTheCodeTheMockMailed()
    {
        await using var mock = await RememberizerMock.StartAsync(cancellationToken: Ct);
        using var http = mock.CreateClient();
        var auth = new AuthClient(http);

        var signUp = await auth.SignUpAsync(new SignUpRequest { Email = "new@example.com", Password = "secure_password", Name = "New User", Captcha = "ok" }, Ct);
        var code = await mock.Control.LatestCodeAsync("new@example.com", Ct);
        http.DefaultRequestHeaders.Authorization = new("Bearer", signUp.Access);
        await auth.VerifyEmailAsync(new VerifyEmailRequest { Verification_code = code }, Ct);

        Assert.False(signUp.Email_verified);
        Assert.True((await mock.Control.UsersAsync(Ct)).Single(user => user.Email == "new@example.com").EmailVerified);
    }
}
