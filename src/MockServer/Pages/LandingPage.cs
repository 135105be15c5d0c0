using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.World;
using Rememberizer.Contract.MockServer.Http.Authenticate;
using Rememberizer.Contract.MockServer.Http.Resolve;

namespace Rememberizer.Contract.MockServer.Pages;

/// <summary>
/// <c>GET /</c> for a browser: what this is, the base URL, the start-up keys and where to go next. Anyone else
/// (curl, a JSON client, any other method) gets the DRF 404 the address has always answered.
/// </summary>
public sealed class LandingPage(string? dashboardPath)
{
    private static readonly EmbeddedAsset Template = new("landing.html", "text/html");
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public IResult Serve(HttpContext context)
    {
        if (!PageHeaders.AcceptsHtml(context.Request))
        {
            return Results.StatusCode(StatusCodes.Status404NotFound); // the DRF body comes from the status-code pages
        }

        var services = context.RequestServices;
        var keys = services.GetRequiredService<StartupKeys>();
        var (store, knowledge) = keys;
        var origins = services.GetRequiredService<IOptions<MockCorsOptions>>().Value.EffectiveOrigins;
        // Under a path tenant (/t/NAME/) the page shows that tenant's keys, so its base URL and dashboard too.
        var tenantBase = context.Request.PathBase.Value ?? "";
        var baseUrl = context.Request.Origin() + tenantBase + OperationResolution.ApiPrefix;
        var dashboard = dashboardPath is null ? null : tenantBase + dashboardPath;

        var page = new StringBuilder(Template.Text)
            .Replace("{{version}}", Html.Encode(ProductVersion.Current))
            .Replace("{{base_url}}", Html.Encode(baseUrl))
            .Replace("{{origins}}", string.Join(", ", origins.Select(o => $"<code>{Html.Encode(o)}</code>")))
            .Replace("{{store_name}}", Html.Encode(store?.Name ?? "(none: the loaded fixture has no vector store)"))
            .Replace("{{store_id}}", Html.Encode(store?.Id ?? ""))
            .Replace("{{store_key}}", Html.Encode(store is null ? "(none)" : keys.StoreKey ?? "(every key revoked)"))
            .Replace("{{knowledge}}", knowledge is null ? "" : KnowledgeHtml(knowledge))
            .Replace("{{seed}}", Html.Encode(services.GetRequiredService<IOptions<DataOptions>>().Value.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Replace("{{dashboard_nav}}", dashboard is null ? "" : $"<a href=\"{Html.Encode(dashboard)}\">Dashboard</a>")
            .Replace("{{dashboard_card}}", dashboard is null
                ? "<div class=\"card muted\"><strong>Dashboard</strong>Turned off (<code>MockServer:ControlApiEnabled=false</code>).</div>"
                : $"<a class=\"card\" href=\"{Html.Encode(dashboard)}\"><strong>Dashboard</strong>The mailbox with verification codes, users and sessions, every request with its bodies, keys, the clock, reset.</a>");
        PageHeaders.ApplyTo(context.Response);
        return Results.Content(page.ToString(), "text/html; charset=utf-8");
    }

    private static string KnowledgeHtml(Publication knowledge) =>
        $"""
        <p>Common knowledge <strong>{Html.Encode(knowledge.Name)}</strong>, published by <code>{Html.Encode(knowledge.OwnerEmail)}</code>{OwnerPassword(knowledge)},
        header <code>X-API-Key</code>:</p>
        <div class="copy-row">
          <code>{Html.Encode(knowledge.ApiKey)}</code>
          <button type="button" data-copy="{Html.Encode(knowledge.ApiKey)}" data-copy-label="the common knowledge key">Copy knowledge key</button>
        </div>
        """;

    private static string OwnerPassword(Publication knowledge) =>
        knowledge.OwnerEmail == StartupKnowledge.OwnerEmail ? $" (password <code>{Html.Encode(StartupKnowledge.OwnerPassword)}</code>)" : "";
}
