using System.Text.Json;

namespace Rememberizer.Contract.Pact;

/// <summary>Describes the response of one interaction. The status defaults to 200.</summary>
public sealed class ResponseBuilder
{
    private readonly IInteractionDriver _driver;
    private readonly JsonSerializerOptions _json;
    private readonly IndexCounter _headers = new(StringComparer.OrdinalIgnoreCase);
    private bool _hasStatus;

    internal ResponseBuilder(IInteractionDriver driver, JsonSerializerOptions json)
    {
        _driver = driver;
        _json = json;
    }

    public ResponseBuilder WithStatus(int status)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        if (_hasStatus)
        {
            throw new InvalidOperationException("WithStatus(...) was already called for this response.");
        }

        _driver.WithStatus(status);
        _hasStatus = true;
        return this;
    }

    /// <summary>Adds a header value; repeat the name for several values (e.g. two Set-Cookie headers).</summary>
    public ResponseBuilder WithHeader(string name, string value) => AddHeader(name, value);

    /// <summary>A header matched by a rule; a rule on a repeated header applies to every value.</summary>
    public ResponseBuilder WithHeader(string name, Matcher value) => AddHeader(name, value.ToJson(_json));

    /// <summary>A JSON body; <see cref="Matcher"/> values may appear anywhere inside it.</summary>
    public ResponseBuilder WithJsonBody(object body) => WithJsonBody(body, _json);

    public ResponseBuilder WithJsonBody(object body, JsonSerializerOptions options) =>
        WithBody(BodyJson.ContentType, BodyJson.Serialize(body, options));

    public ResponseBuilder WithBody(string contentType, string body)
    {
        _driver.WithBody(HttpPart.Response, contentType, body);
        return this;
    }

    /// <summary>
    /// A body that may be any content of <paramref name="contentType"/> (a download): the pact records a
    /// content-type matcher, and the mock server answers <paramref name="example"/>.
    /// </summary>
    public ResponseBuilder WithBinaryBody(string contentType, byte[] example)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(example);
        _driver.WithBinaryBody(HttpPart.Response, contentType, example);
        return this;
    }

    private ResponseBuilder AddHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _driver.WithHeader(HttpPart.Response, name, _headers.Next(name), value);
        return this;
    }
}
