using System.Text.Json;

namespace Rememberizer.Contract.Pact;

/// <summary>Describes the request of one interaction; <see cref="WillRespond"/> moves on to the response.</summary>
public sealed class RequestBuilder
{
    private readonly IInteractionDriver _driver;
    private readonly JsonSerializerOptions _json;
    private readonly IndexCounter _headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly IndexCounter _query = new(StringComparer.Ordinal);
    private bool _hasRequest;
    private ResponseBuilder? _response;

    internal RequestBuilder(IInteractionDriver driver, string description, JsonSerializerOptions json)
    {
        _driver = driver;
        _json = json;
        Description = description;
    }

    public string Description { get; }

    /// <summary>A provider state the provider must set up before this request.</summary>
    public RequestBuilder Given(string state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        EnsureOpen(nameof(Given));
        _driver.Given(state);
        return this;
    }

    /// <summary>A provider state with parameters (sent to the provider-state endpoint as <c>params</c>).</summary>
    public RequestBuilder Given(string state, IReadOnlyDictionary<string, string> parameters) =>
        GivenJson(state, JsonSerializer.Serialize(parameters, _json));

    /// <inheritdoc cref="Given(string, IReadOnlyDictionary{string, string})"/>
    public RequestBuilder Given(string state, IReadOnlyDictionary<string, object?> parameters) =>
        GivenJson(state, JsonSerializer.Serialize(parameters, _json));

    public RequestBuilder WithRequest(HttpMethod method, string path) => SetRequest(method, path);

    /// <summary>A request whose path is matched by <paramref name="path"/> (e.g. <see cref="Match.Regex"/>).</summary>
    public RequestBuilder WithRequest(HttpMethod method, Matcher path) => SetRequest(method, path.ToJson(_json));

    /// <summary>Adds a query value; repeating a name adds another value for that key.</summary>
    public RequestBuilder WithQuery(string name, string value) => AddQuery(name, value);

    public RequestBuilder WithQuery(string name, Matcher value) => AddQuery(name, value.ToJson(_json));

    /// <summary>Adds a header value; repeating a name adds another value for that header.</summary>
    public RequestBuilder WithHeader(string name, string value) => AddHeader(name, value);

    public RequestBuilder WithHeader(string name, Matcher value) => AddHeader(name, value.ToJson(_json));

    /// <summary>A JSON body; <see cref="Matcher"/> values may appear anywhere inside it.</summary>
    public RequestBuilder WithJsonBody(object body) => WithJsonBody(body, _json);

    public RequestBuilder WithJsonBody(object body, JsonSerializerOptions options) =>
        WithBody(BodyJson.ContentType, BodyJson.Serialize(body, options));

    public RequestBuilder WithBody(string contentType, string body)
    {
        EnsureRequest(nameof(WithBody));
        _driver.WithBody(HttpPart.Request, contentType, body);
        return this;
    }

    /// <summary>
    /// A body that may be any content of <paramref name="contentType"/> (an upload): the pact records a content-type
    /// matcher, and <paramref name="example"/> is what the consumer test sends.
    /// </summary>
    public RequestBuilder WithBinaryBody(string contentType, byte[] example)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(example);
        EnsureRequest(nameof(WithBinaryBody));
        _driver.WithBinaryBody(HttpPart.Request, contentType, example);
        return this;
    }

    /// <summary>Finishes the request and starts describing the response.</summary>
    public ResponseBuilder WillRespond()
    {
        EnsureRequest(nameof(WillRespond));
        _response = new ResponseBuilder(_driver, _json);
        return _response;
    }

    internal void EnsureComplete()
    {
        if (!_hasRequest)
        {
            throw new InvalidOperationException($"Interaction '{Description}' has no request: call WithRequest(method, path) after UponReceiving(...).");
        }

        if (_response is null)
        {
            throw new InvalidOperationException($"Interaction '{Description}' has no response: call WillRespond() after WithRequest(...).");
        }
    }

    private RequestBuilder GivenJson(string state, string parametersJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        EnsureOpen(nameof(Given));
        _driver.GivenWithParams(state, parametersJson);
        return this;
    }

    private RequestBuilder SetRequest(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        EnsureOpen(nameof(WithRequest));
        if (_hasRequest)
        {
            throw new InvalidOperationException($"Interaction '{Description}' already has a request: call WithRequest(...) once per UponReceiving(...).");
        }

        _driver.WithRequest(method.Method, path);
        _hasRequest = true;
        return this;
    }

    private RequestBuilder AddQuery(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        EnsureRequest(nameof(WithQuery));
        _driver.WithQuery(name, _query.Next(name), value);
        return this;
    }

    private RequestBuilder AddHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        EnsureRequest(nameof(WithHeader));
        _driver.WithHeader(HttpPart.Request, name, _headers.Next(name), value);
        return this;
    }

    private void EnsureRequest(string call)
    {
        EnsureOpen(call);
        if (!_hasRequest)
        {
            throw new InvalidOperationException($"{call}(...) needs a request: call WithRequest(method, path) first for '{Description}'.");
        }
    }

    private void EnsureOpen(string call)
    {
        if (_response is not null)
        {
            throw new InvalidOperationException($"{call}(...) describes the request, but WillRespond() was already called for '{Description}'.");
        }
    }
}
