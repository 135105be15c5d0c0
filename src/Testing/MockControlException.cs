using System.Net;

namespace Rememberizer.Contract.Testing;

/// <summary>The control API refused a request; <see cref="Body"/> is its DRF-shaped answer naming the field.</summary>
public sealed class MockControlException(HttpStatusCode status, string request, string body)
    : Exception($"{request} answered {(int)status}: {body}")
{
    public HttpStatusCode Status { get; } = status;

    public string Body { get; } = body;
}
