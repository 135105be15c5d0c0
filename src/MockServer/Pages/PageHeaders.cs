namespace Rememberizer.Contract.MockServer.Pages;

/// <summary>What every page of the mock's own sends: it runs only its own scripts and styles, and is never framed.</summary>
public static class PageHeaders
{
    public const string OwnPagesPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    public static void ApplyTo(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = OwnPagesPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
    }

    public static bool AcceptsHtml(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
