namespace Rememberizer.Contract.Tests.Pacts;

/// <summary>
/// The provider states the consumer names, in plain language. Each has a handler on the mock
/// (<c>POST /_mock/provider-states</c>); the mock also knows which of them an existing real account already
/// satisfies (<c>ProviderStateHandlers.SatisfiedByAnExistingAccount</c>).
/// </summary>
public static class ProviderStates
{
    /// <summary>Params: <c>email</c>.</summary>
    public const string NoAccount = "no account exists";

    /// <summary>Params: <c>email</c>, <c>password</c>. The account is verified.</summary>
    public const string AccountExists = "an account exists";

    /// <summary>Params: <c>email</c>, <c>code</c>. Returns <c>accessToken</c>.</summary>
    public const string SignedUpWithCode = "a user signed up and was sent a verification code";

    /// <summary>Params: <c>email</c>. Returns <c>accessToken</c> and <c>refreshToken</c>.</summary>
    public const string SignedIn = "a user is signed in";

    /// <summary>Params: <c>email</c>, <c>name</c>, <c>content</c>. Needs <see cref="SignedIn"/> first.</summary>
    public const string HasMemorizedNote = "the user memorized a note";

    /// <summary>Returns <c>apiKey</c> and <c>vectorStoreId</c>.</summary>
    public const string VectorStoreExists = "a vector store exists";

    /// <summary>The example account the consumer tests use.</summary>
    public static class Alice
    {
        public const string Email = "alice@example.com";
        public const string Password = "correct-horse-battery";
        public const string Name = "Alice Example";
        public const string Code = "123456";

        public static Dictionary<string, string> Params(params (string Key, string Value)[] extra)
        {
            var parameters = new Dictionary<string, string> { ["email"] = Email };
            foreach (var (key, value) in extra)
            {
                parameters[key] = value;
            }

            return parameters;
        }
    }
}
