using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact;

/// <summary>An interaction handle; the pact that created it owns its memory.</summary>
internal sealed class NativeInteraction(uint handle, string description) : IInteractionDriver
{
    public void Given(string state) =>
        Check(NativeMethods.Interaction.Given(handle, state), "given", $"state '{state}'");

    public void GivenWithParams(string state, string paramsJson)
    {
        var code = NativeMethods.Interaction.GivenWithParams(handle, state, paramsJson);
        if (code != 0)
        {
            throw PactException.GivenWithParams(code, state);
        }
    }

    public void WithRequest(string method, string path) =>
        Check(NativeMethods.Interaction.WithRequest(handle, method, path), "with_request", $"{method} {path}");

    public void WithQuery(string name, int index, string value) =>
        Check(NativeMethods.Interaction.WithQueryParameter(handle, name, (nuint)index, value), "with_query_parameter_v2", $"query '{name}'[{index}]");

    public void WithHeader(HttpPart part, string name, int index, string value) =>
        Check(NativeMethods.Interaction.WithHeader(handle, (NativeMethods.InteractionPart)part, name, (nuint)index, value), "with_header_v2", $"{part} header '{name}'[{index}]");

    public void WithBody(HttpPart part, string contentType, string body) =>
        Check(NativeMethods.Interaction.WithBody(handle, (NativeMethods.InteractionPart)part, contentType, body), "with_body", $"the {part} body ({contentType})");

    public void WithBinaryBody(HttpPart part, string contentType, byte[] example) =>
        Check(NativeMethods.Interaction.WithBinaryFile(handle, (NativeMethods.InteractionPart)part, contentType, example, (nuint)example.Length), "with_binary_file", $"the {part} body ({contentType}, {example.Length} bytes)");

    public void WithStatus(int status) =>
        Check(NativeMethods.Interaction.ResponseStatus(handle, (ushort)status), "response_status", $"status {status}");

    private void Check(bool accepted, string call, string subject)
    {
        if (!accepted)
        {
            throw PactException.Rejected(call, $"{subject} of '{description}'");
        }
    }
}
