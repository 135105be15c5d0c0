using System.Runtime.InteropServices;
using Rememberizer.Contract.Pact.Interop;

namespace Rememberizer.Contract.Pact;

internal sealed class NativeVerifierSession(VerifierHandle handle) : IVerifierSession
{
    public void SetProviderInfo(string name, string scheme, string host, int port, string path) =>
        NativeMethods.Verifier.SetProviderInfo(handle, name, scheme, host, checked((ushort)port), path);

    public void AddFileSource(string file) => NativeMethods.Verifier.AddFileSource(handle, file);

    public void AddDirectorySource(string directory) => NativeMethods.Verifier.AddDirectorySource(handle, directory);

    public void AddUrlSource(string url, PactSourceAuth auth) =>
        NativeMethods.Verifier.UrlSource(handle, url, auth.Username, auth.Password, auth.Token);

    public void AddBrokerSource(PactBrokerSource source)
    {
        string[] selectors = [.. source.ConsumerVersionSelectors.Select(s => s.ToJson())];
        string[] tags = [.. source.ProviderTags];
        var code = NativeMethods.Verifier.BrokerSourceWithSelectors(
            handle,
            source.BrokerUrl.AbsoluteUri,
            source.Auth.Username,
            source.Auth.Password,
            source.Auth.Token,
            Flag(source.EnablePending),
            source.IncludeWipPactsSince?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            tags,
            Length(tags),
            source.ProviderBranch,
            selectors,
            Length(selectors),
            [],
            0);
        if (code != 0)
        {
            throw PactException.BrokerSource(code, source.BrokerUrl);
        }
    }

    public void SetPublishOptions(VerificationPublishOptions options)
    {
        string[] tags = [.. options.ProviderTags];
        var code = NativeMethods.Verifier.SetPublishOptions(
            handle, options.ProviderVersion, options.BuildUrl?.AbsoluteUri, tags, Length(tags), options.ProviderBranch);
        if (code != 0)
        {
            throw PactException.VerifierOption("set_publish_options", code);
        }
    }

    public void SetConsumerFilters(IReadOnlyList<string> consumers)
    {
        string[] names = [.. consumers];
        NativeMethods.Verifier.SetConsumerFilters(handle, names, Length(names));
    }

    public void SetNoPactsIsError(bool isError)
    {
        var code = NativeMethods.Verifier.SetNoPactsIsError(handle, Flag(isError));
        if (code != 0)
        {
            throw PactException.VerifierOption("set_no_pacts_is_error", code);
        }
    }

    public void SetProviderState(string url, bool teardown, bool body) =>
        NativeMethods.Verifier.SetProviderState(handle, url, Flag(teardown), Flag(body));

    public void AddCustomHeader(string name, string value) => NativeMethods.Verifier.AddCustomHeader(handle, name, value);

    public void SetFilter(string? description, string? state, bool noState) =>
        NativeMethods.Verifier.SetFilterInfo(handle, description, state, Flag(noState));

    public void SetRequestTimeout(TimeSpan timeout)
    {
        var code = NativeMethods.Verifier.SetVerificationOptions(handle, Flag(false), new CULong((nuint)timeout.TotalMilliseconds));
        if (code != 0)
        {
            throw PactException.VerifierOption("set_verification_options", code);
        }
    }

    public void SetColouredOutput(bool coloured)
    {
        var code = NativeMethods.Verifier.SetColouredOutput(handle, Flag(coloured));
        if (code != 0)
        {
            throw PactException.VerifierOption("set_coloured_output", code);
        }
    }

    public int Execute() => NativeMethods.Verifier.Execute(handle);

    public string Output() => NativeText.CopyAndFree(NativeMethods.Verifier.Output(handle, Flag(true))) ?? string.Empty;

    public string Json() => NativeText.CopyAndFree(NativeMethods.Verifier.Json(handle)) ?? string.Empty;

    public string Logs() => NativeText.CopyAndFree(NativeMethods.Verifier.Logs(handle)) ?? string.Empty;

    public void Dispose() => handle.Dispose();

    private static byte Flag(bool on) => on ? (byte)1 : (byte)0;

    private static ushort Length(string[] items) => checked((ushort)items.Length);
}
