namespace Rememberizer.Contract.Pact.Tests.Ffi;

/// <summary>
/// Test classes that run pact_ffi verifiers for the sample provider take turns: pact_ffi keeps a verifier's logs
/// under the provider's name, so two verifiers of one provider running at once in a process take each other's logs.
/// </summary>
public static class FfiVerifiers
{
    public const string Collection = "pact_ffi verifiers of the sample provider";
}
