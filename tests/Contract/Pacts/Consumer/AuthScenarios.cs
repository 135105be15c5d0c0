using Rememberizer.Contract.Generated.Client;
using Rememberizer.Contract.Pact;
using static Rememberizer.Contract.Tests.Pacts.ProviderStates;

namespace Rememberizer.Contract.Tests.Pacts.Consumer;

/// <summary>The account flow as the web app drives it: sign up, verify, sign in, refresh, log out, and its failures.</summary>
public static class AuthScenarios
{
    private const string Captcha = "recaptcha_response";

    public static IEnumerable<ConsumerScenario> All()
    {
        yield return new("a sign-up of a new account", Define: i => i
            .Given(NoAccount, Alice.Params())
            .WithRequest(HttpMethod.Post, "/api/v1/auth/signup/")
            .WithHeader("Content-Type", WireExamples.JsonContentType)
            .WithJsonBody(new { email = Alice.Email, password = Alice.Password, name = Alice.Name, captcha = Captcha })
            .WillRespond()
            .WithSessionCookies()
            .WithJson(201, new
            {
                id = Match.Integer(42),
                email = Alice.Email,
                name = Alice.Name,
                email_verified = false,
                access = Match.Type(WireExamples.AccessJwt),
            }),
            Exercise: async (api, ct) =>
            {
                var created = await api.Auth.SignUpAsync(SignUp(), ct);
                Assert.False(created.Email_verified);
                Assert.NotEmpty(created.Access);
            });

        yield return new("a sign-up with an e-mail that is already registered", Define: i => i
            .Given(AccountExists, Alice.Params(("password", Alice.Password)))
            .WithRequest(HttpMethod.Post, "/api/v1/auth/signup/")
            .WithHeader("Content-Type", WireExamples.JsonContentType)
            .WithJsonBody(new { email = Alice.Email, password = Alice.Password, name = Alice.Name, captcha = Captcha })
            .WillRespond()
            .WithJson(400, new { email = Match.EachLike("A user with this e-mail already exists.") }),
            Exercise: async (api, ct) =>
            {
                var error = await Assert.ThrowsAsync<RememberizerApiException<BadRequestBody>>(() => api.Auth.SignUpAsync(SignUp(), ct));
                Assert.True(error.Result.AdditionalProperties.ContainsKey("email"));
            });

        yield return new("an e-mail verification with the code that was sent", Define: i => i
            .Given(SignedUpWithCode, Alice.Params(("code", Alice.Code)))
            .WithRequest(HttpMethod.Post, "/api/v1/auth/verify-email/")
            .WithHeader("Authorization", Match.FromProviderState("Bearer ${accessToken}", $"Bearer {WireExamples.AccessJwt}"))
            .WithHeader("Content-Type", WireExamples.JsonContentType)
            .WithJsonBody(new { verification_code = Alice.Code })
            .WillRespond()
            .WithJson(200, new { detail = Match.Type("E-mail address verified."), email_verified = true }),
            Exercise: async (api, ct) =>
            {
                api.UseBearer(WireExamples.AccessJwt);
                var verified = await api.Auth.VerifyEmailAsync(new VerifyEmailRequest { Verification_code = Alice.Code }, ct);
                Assert.True(verified.Email_verified);
            });

        yield return new("a sign-in with the right password", Define: i => i
            .Given(AccountExists, Alice.Params(("password", Alice.Password)))
            .WithRequest(HttpMethod.Post, "/api/v1/auth/signin/")
            .WithHeader("Content-Type", WireExamples.JsonContentType)
            .WithJsonBody(new { login = Alice.Email, password = Alice.Password, captcha = Captcha })
            .WillRespond()
            .WithStatus(204)
            .WithSessionCookies(),
            Exercise: async (api, ct) =>
            {
                await api.Auth.SignInAsync(SignIn(Alice.Password), ct);
                Assert.Contains(api.Cookies.GetAllCookies(), c => c.Name == "access_token" && c.HttpOnly);
            });

        yield return new("a sign-in with a wrong password", Define: i => i
            .Given(AccountExists, Alice.Params(("password", Alice.Password)))
            .WithRequest(HttpMethod.Post, "/api/v1/auth/signin/")
            .WithHeader("Content-Type", WireExamples.JsonContentType)
            .WithJsonBody(new { login = Alice.Email, password = "not-the-password", captcha = Captcha })
            .WillRespond()
            .WithJson(401, new { detail = Match.Type("No active account found with the given credentials") }),
            Exercise: async (api, ct) =>
            {
                var error = await Assert.ThrowsAsync<RememberizerApiException<ErrorDetail>>(() => api.Auth.SignInAsync(SignIn("not-the-password"), ct));
                Assert.Equal(401, error.StatusCode);
            });

        yield return new("a session refresh with the refresh cookie", Define: i => i
            .Given(SignedIn, Alice.Params())
            .WithRequest(HttpMethod.Post, "/api/v1/auth/custom-refresh/")
            .WithHeader("Cookie", Match.FromProviderState("refresh_token=${refreshToken}", $"refresh_token={WireExamples.RefreshToken}"))
            .WillRespond()
            .WithStatus(204)
            .WithSessionCookies(),
            Exercise: async (api, ct) =>
            {
                api.HoldCookie("refresh_token", WireExamples.RefreshToken, "/api/v1/auth/");
                await api.Auth.RefreshSessionAsync(ct);
                Assert.Contains(api.Cookies.GetAllCookies(), c => c.Name == "access_token");
            });

        yield return new("a session refresh without a refresh cookie", Define: i => i
            .WithRequest(HttpMethod.Post, "/api/v1/auth/custom-refresh/")
            .WillRespond()
            .WithClearedSessionCookies()
            .WithJson(401, new { detail = Match.Type("Token is invalid or expired"), code = "token_not_valid" }),
            Exercise: async (api, ct) =>
            {
                var error = await Assert.ThrowsAsync<RememberizerApiException<ErrorDetail>>(() => api.Auth.RefreshSessionAsync(ct));
                Assert.Equal("token_not_valid", error.Result.Code);
            });

        yield return new("a logout", Define: i => i
            .Given(SignedIn, Alice.Params())
            .WithRequest(HttpMethod.Post, "/api/v1/auth/custom-logout/")
            .WithHeader("Cookie", Match.FromProviderState("refresh_token=${refreshToken}", $"refresh_token={WireExamples.RefreshToken}"))
            .WillRespond()
            .WithStatus(204)
            .WithClearedSessionCookies(),
            Exercise: async (api, ct) =>
            {
                api.HoldCookie("refresh_token", WireExamples.RefreshToken, "/api/v1/auth/");
                await api.Auth.LogOutAsync(ct);
                Assert.DoesNotContain(api.Cookies.GetAllCookies(), c => c.Name == "refresh_token" && !c.Expired);
            });
    }

    private static SignUpRequest SignUp() =>
        new() { Email = Alice.Email, Password = Alice.Password, Name = Alice.Name, Captcha = Captcha };

    private static SignInRequest SignIn(string password) =>
        new() { Login = Alice.Email, Password = password, Captcha = Captcha };
}
