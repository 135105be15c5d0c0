using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Browser;

/// <summary>
/// The dashboard in Chromium, kept open while the test works the API: what happens shows up without a reload, and
/// what the page does (reset, create with the keyboard) happens to the mock.
/// </summary>
public sealed class DashboardBrowserTests(Chromium chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASignUpThroughTheApiShowsItsCodeInTheMailboxWithoutAReload()
    {
        await using var session = await BrowserSession.OpenAsync(chromium, clipboard: true);
        var page = session.Page;
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await OpenDashboardAsync(session);

        await SignUpAsync(session.Api, "grace@example.com");
        var code = (await session.Api.GetFromJsonAsync<JsonElement[]>("/_mock/mailbox?to=grace@example.com", Ct))![^1].GetProperty("code").GetString()!;
        var copy = page.GetByRole(AriaRole.Button, new() { Name = $"Copy code {code} for grace@example.com" });
        await Assertions.Expect(copy).ToBeVisibleAsync();
        await copy.ClickAsync();

        Assert.Equal(1, navigations);
        await Assertions.Expect(page.Locator("#announcer")).ToHaveTextAsync($"Copied code {code} for grace@example.com");
        Assert.Equal(code, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Empty(session.Offsite);
    }

    [Fact]
    public async Task ARequestAppearsInTheRequestViewWithItsBody()
    {
        await using var session = await BrowserSession.OpenAsync(chromium);
        var page = session.Page;
        await OpenDashboardAsync(session);

        await SignUpAsync(session.Api, "ada@example.com");
        var row = page.GetByRole(AriaRole.Button, new() { Name = "Open POST /api/v1/auth/signup/, status 201" });
        await row.ClickAsync();

        var detail = page.Locator("#request-detail");
        await Assertions.Expect(detail.GetByRole(AriaRole.Heading, new() { Name = "POST /api/v1/auth/signup/" })).ToBeVisibleAsync();
        await Assertions.Expect(detail.Locator("pre.request-body")).ToContainTextAsync("\"email\": \"ada@example.com\"");
        await Assertions.Expect(detail.Locator("pre.request-body")).ToContainTextAsync("\"password\": \"••••••••\"");
        await Assertions.Expect(detail.Locator("pre.response-body")).ToContainTextAsync("\"email_verified\": false");
        await Assertions.Expect(detail).ToBeFocusedAsync();

        // Its address opens it again (to share, or after a reload).
        Assert.Matches(@"/_mock/#request-\d+$", page.Url);
        await page.ReloadAsync();
        await Assertions.Expect(detail.Locator("pre.request-body")).ToContainTextAsync("\"email\": \"ada@example.com\"");
    }

    [Fact]
    public async Task ResetFromThePageEmptiesTheUsers()
    {
        await using var session = await BrowserSession.OpenAsync(chromium);
        var page = session.Page;
        await SignUpAsync(session.Api, "ada@example.com");
        await OpenDashboardAsync(session);
        var users = page.Locator("#users tr");
        await Assertions.Expect(users.Filter(new() { HasText = "ada@example.com" })).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset everything…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset now" }).ClickAsync();

        await Assertions.Expect(users.Filter(new() { HasText = "ada@example.com" })).ToHaveCountAsync(0);
        var left = await session.Api.GetFromJsonAsync<JsonElement[]>("/_mock/users", Ct);
        Assert.DoesNotContain(left!, u => u.GetProperty("email").GetString() == "ada@example.com");
        await Assertions.Expect(users).ToHaveCountAsync(left!.Length);
        await Assertions.Expect(page.Locator("#mailbox li")).ToHaveTextAsync(["No mail yet. Sign up through the API and the code shows up here."]);
    }

    [Fact]
    public async Task AUserCanBeCreatedVerifiedAndDeletedWithTheKeyboardAlone()
    {
        await using var session = await BrowserSession.OpenAsync(chromium);
        var page = session.Page;
        await OpenDashboardAsync(session);

        await page.GetByLabel("E-mail", new() { Exact = true }).FocusAsync();
        await page.Keyboard.TypeAsync("bob@example.com");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Bob");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space"); // untick "E-mail verified"
        await page.Keyboard.PressAsync("Enter");
        var verify = page.GetByRole(AriaRole.Button, new() { Name = "Verify bob@example.com" });
        await Assertions.Expect(verify).ToBeVisibleAsync();
        await verify.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(verify).ToHaveCountAsync(0);
        var bob = (await session.Api.GetFromJsonAsync<JsonElement[]>("/_mock/users", Ct))!.Single(u => u.GetProperty("email").GetString() == "bob@example.com");
        Assert.True(bob.GetProperty("email_verified").GetBoolean());

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete bob@example.com" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Delete bob@example.com" })).ToHaveCountAsync(0);
        Assert.DoesNotContain((await session.Api.GetFromJsonAsync<JsonElement[]>("/_mock/users", Ct))!, u => u.GetProperty("email").GetString() == "bob@example.com");
    }

    [Fact]
    public async Task TheFixturesScenariosAreListedSwitchedFromThePageAndTheStateDownloaded()
    {
        await using var session = await BrowserSession.OpenAsync(chromium);
        var page = session.Page;
        var team = await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, "examples", "fixtures", "team.yaml"), Ct);
        (await session.Api.PostAsync("/_mock/fixtures", new StringContent(team), Ct)).EnsureSuccessStatusCode();
        await OpenDashboardAsync(session);
        await Assertions.Expect(page.Locator("#fixture-loaded")).ToContainTextAsync("the top level of the fixture file (2 users, 3 documents");

        await page.GetByLabel("Scenario").SelectOptionAsync("busy-account");
        await page.GetByRole(AriaRole.Button, new() { Name = "Load scenario" }).ClickAsync();

        await Assertions.Expect(page.Locator("#fixture-loaded")).ToContainTextAsync("scenario \"busy-account\"");
        var signIn = await session.Api.PostAsJsonAsync("/api/v1/auth/signin/", new { login = "ada@example.com", password = "correct-horse", captcha = SessionHelpers.Captcha }, Ct);
        signIn.EnsureSuccessStatusCode();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the state as a fixture (YAML)" }).ClickAsync());
        Assert.Equal("fixture.yaml", download.SuggestedFilename);
        var saved = await File.ReadAllTextAsync(await download.PathAsync(), Ct);
        Assert.Contains("Meeting notes 3.md", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("Roadmap.md", saved, StringComparison.Ordinal);
    }

    private static async Task OpenDashboardAsync(BrowserSession session)
    {
        await session.Page.GotoAsync(session.Url("/_mock/"));
        await Assertions.Expect(session.Page.Locator("#connection")).ToHaveTextAsync("live");
    }

    private static async Task SignUpAsync(HttpClient api, string email)
    {
        var response = await api.PostAsJsonAsync("/api/v1/auth/signup/", new { email, password = "secure_password", name = "Browser Test", captcha = SessionHelpers.Captcha }, Ct);
        Assert.True(response.IsSuccessStatusCode, $"sign-up answered {response.StatusCode}");
    }
}
