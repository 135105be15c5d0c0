using Rememberizer.Contract.Fake.CommonKnowledge;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.Fake.World;

/// <summary>
/// The keys a tenant offers from start-up, as the start-up line, the landing page and the API reference show them:
/// the vector store that exists from start-up, and the first common knowledge (the start-up one unless withdrawn).
/// </summary>
public sealed class StartupKeys(VectorStoreRegistry stores, PublicationRegistry knowledge)
{
    /// <summary>None when a fixture with only its own data has no store.</summary>
    public VectorStore? Store => stores.Primary?.Store;

    /// <summary>The start-up store's first key that works (<see cref="VectorStoreRegistry.WorkingKeyOf"/>).</summary>
    public string? StoreKey => Store is { } store ? stores.WorkingKeyOf(store.Id) : null;

    public Publication? Knowledge => knowledge.All().FirstOrDefault();

    public void Deconstruct(out VectorStore? store, out Publication? firstKnowledge) => (store, firstKnowledge) = (Store, Knowledge);
}
