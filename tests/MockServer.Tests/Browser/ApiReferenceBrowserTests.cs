using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Rememberizer.Contract.MockServer.Tests.Browser;

/// <summary>
/// <c>/docs</c> in Chromium: Scalar renders the contract's operations, and "Test Request" reaches this mock — a
/// sign-up succeeds, the session cookie it sets signs in the next request, the start-up key reaches its vector store.
/// </summary>
public sealed class ApiReferenceBrowserTests(Chromium chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheReferenceRendersTheOperationsAndATryItSignUpSucceeds()
    {
        await using var session = await BrowserSession.OpenAsync(chromium);
        var page = session.Page;
        var email = $"docs-{Guid.NewGuid():N}@example.com";

        await page.GotoAsync(session.Url("/docs/"));
        foreach (var tag in new[] { "Auth", "Account", "Documents", "Mementos", "VectorStores" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Group - {tag}" }).First).ToBeVisibleAsync();
        }

        var signUp = await SendAsync(page, "Auth", "Create an account and send an e-mail verification code.", "post /auth/signup/",
            $$"""{"email":"{{email}}","password":"secure_password","name":"Docs Reader","captcha":"recaptcha_response"}""");
        var account = await SendAsync(page, "Account", "Get the signed-in user's account", "get /account/");
        var store = await SendAsync(page, "VectorStores", "Get the API key's vector store", "get /vector-stores/me");

        Assert.Equal(201, signUp.Status);
        Assert.Equal(session.Url("/api/v1/auth/signup/"), signUp.Url);
        Assert.Equal(200, account.Status);
        Assert.Equal(email, JsonDocument.Parse(account.Body).RootElement.GetProperty("email").GetString());
        Assert.Equal(200, store.Status);
        var users = await session.Api.GetFromJsonAsync<JsonElement[]>("/_mock/users", Ct);
        Assert.Contains(users!, u => u.GetProperty("email").GetString() == email);
        Assert.Empty(session.Offsite);
    }

    /// <summary>
    /// Opens an operation from the sidebar, then its "Test Request" client; replaces the example body when given one,
    /// sends, and returns the answer. The operation's own first security scheme is used (Scalar's default). The body is
    /// read before the client closes: Scalar moves to the next operation's URL, and Chromium drops the bodies of
    /// responses a page has navigated away from.
    /// </summary>
    private static async Task<Answer> SendAsync(IPage page, string tag, string summary, string operation, string? body = null)
    {
        var group = page.GetByRole(AriaRole.Button, new() { Name = $"Open Group - {tag}", Exact = true });
        if (await group.CountAsync() > 0)
        {
            await group.ClickAsync();
        }

        await page.GetByText(summary, new() { Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Test Request ({operation})" }).ClickAsync();
        var client = page.GetByRole(AriaRole.Dialog);
        await client.WaitForAsync();
        if (body is not null)
        {
            await client.Locator(".cm-content").Last.ClickAsync();
            await page.Keyboard.PressAsync("ControlOrMeta+A");
            await page.Keyboard.InsertTextAsync(body);
        }

        var path = "/api/v1" + operation[(operation.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var answer = await page.RunAndWaitForResponseAsync(
            () => client.GetByRole(AriaRole.Button, new() { Name = "Send" }).First.ClickAsync(),
            response => new Uri(response.Url).AbsolutePath == path);
        var read = new Answer(answer.Status, answer.Url, await answer.TextAsync());
        await page.Keyboard.PressAsync("Escape");
        await client.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        return read;
    }

    private sealed record Answer(int Status, string Url, string Body);
}
