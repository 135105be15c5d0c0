using Rememberizer.Contract.MockServer.Http.Resolve;
using Rememberizer.Contract.MockServer.Tests.Infrastructure;

namespace Rememberizer.Contract.MockServer.Tests.Tenants;

/// <summary>Clients of one tenant, named the two ways a caller can: by header, or by the base URL's prefix.</summary>
public static class TenantClients
{
    /// <summary>A bare client (no cookies) whose every request names the tenant in <c>X-Mock-Tenant</c>.</summary>
    public static HttpClient ByHeader(this MockServerApp app, string tenant)
    {
        var client = app.CreateBareClient();
        client.DefaultRequestHeaders.Add(TenantResolution.Header, tenant);
        return client;
    }

    /// <summary>A cookie-keeping client whose base URL is the tenant's <c>/t/NAME/</c> prefix, as a browser app's.</summary>
    public static HttpClient ByPath(this MockServerApp app, string tenant) => app.CreateBrowser($"http://localhost/t/{tenant}/");
}
