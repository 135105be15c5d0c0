namespace Rememberizer.Contract.MockServer.Pages;

/// <summary>
/// The dashboard at <c>/_mock/</c>: one static page and its script, which reads and drives the control API. Mapped
/// by the control API's route table, so it exists exactly when the control API does.
/// </summary>
public static class DashboardPage
{
    public static readonly EmbeddedAsset Script = new("dashboard.js", "text/javascript; charset=utf-8");
    public static readonly EmbeddedAsset Styles = new("dashboard.css", "text/css; charset=utf-8");
    private static readonly EmbeddedAsset Html = new("dashboard.html", "text/html; charset=utf-8");

    public static IResult Serve(HttpContext context)
    {
        PageHeaders.ApplyTo(context.Response);
        return Html.Serve(context);
    }
}
