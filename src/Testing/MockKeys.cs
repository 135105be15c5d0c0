namespace Rememberizer.Contract.Testing;

/// <summary>
/// The API keys the mock starts with (the ones <c>rememberizer-mock</c> prints): the start-up vector store's, for
/// <c>x-api-key</c> on <c>/vector-stores/…</c>, and the first published common knowledge's, for <c>X-API-Key</c> on
/// the user data endpoints. They follow from the seed (or the fixture's file), so a reset brings them back; a key
/// the mock started without (a fixture with no vector store or no published knowledge) is empty.
/// </summary>
public sealed record MockKeys(string VectorStore, string CommonKnowledge);
