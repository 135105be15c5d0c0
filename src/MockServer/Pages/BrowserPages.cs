namespace Rememberizer.Contract.MockServer.Pages;

/// <summary>
/// What a person (or a code generator) fetches outside the API and the control API: the route table of the
/// browser pages. Endpoints, not middleware, so an API request pays nothing for them.
/// </summary>
public static class BrowserPages
{
    public const string YamlPath = "/openapi.yaml";
    public const string JsonPath = "/openapi.json";

    public static IServiceCollection AddBrowserPages(this IServiceCollection services) =>
        services.AddSingleton<ServedContract>();

    public static readonly EmbeddedAsset SiteStyles = new("site.css", "text/css; charset=utf-8");
    public static readonly EmbeddedAsset CopyScript = new("copy.js", "text/javascript; charset=utf-8");

    /// <param name="dashboardPath">Where the dashboard is, or null when the control API is off.</param>
    public static IEndpointRouteBuilder MapBrowserPages(this IEndpointRouteBuilder app, string? dashboardPath)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        // Every method, so that anything but a browser's GET answers the same DRF 404 as before the page existed.
        pages.Map("/", new LandingPage(dashboardPath).Serve);
        pages.MapGet("/assets/site.css", SiteStyles.Serve);
        pages.MapGet("/assets/copy.js", CopyScript.Serve);
        app.MapApiReference();
        pages.MapGet(YamlPath, (HttpRequest request, ServedContract contract) =>
            Results.Text(contract.Text(request.Origin(), ContractFormat.Yaml), "application/yaml; charset=utf-8"));
        pages.MapGet(JsonPath, (HttpRequest request, ServedContract contract) =>
            Results.Text(contract.Text(request.Origin(), ContractFormat.Json), "application/json; charset=utf-8"));
        return app;
    }

    /// <summary>The address the caller reached the mock at, such as <c>http://localhost:4010</c>.</summary>
    public static string Origin(this HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
