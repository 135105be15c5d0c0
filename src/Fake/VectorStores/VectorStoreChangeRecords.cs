using Rememberizer.Contract.Fake.State;

namespace Rememberizer.Contract.Fake.VectorStores;

/// <summary>A change to vector stores and their documents (text as extracted from the upload), which <see cref="VectorStoreChanges"/> applies.</summary>
public abstract record VectorStoreChange : StateEvent;

public sealed record VectorStoreCreated(string Id, string Name, string Description, string ApiKey, DateTimeOffset At, VectorStoreSettings Settings, int? OwnerId) : VectorStoreChange;

public sealed record VectorStoreDocumentAdded(string StoreId, int DocumentId, string Name, string MimeType, string Text, int Size, DateTimeOffset At) : VectorStoreChange;

public sealed record VectorStoreDocumentRenamed(string StoreId, int DocumentId, string Name, DateTimeOffset At) : VectorStoreChange;

public sealed record VectorStoreDocumentDeleted(string StoreId, int DocumentId) : VectorStoreChange;

/// <summary>Another named key of a store; the store's other keys keep working.</summary>
public sealed record VectorStoreKeyCreated(string StoreId, string KeyId, string Name, string ApiKey, DateTimeOffset At) : VectorStoreChange;

public sealed record VectorStoreKeyRevoked(string StoreId, string KeyId) : VectorStoreChange;

public static class VectorStoreChangeNames
{
    public static ChangeNames AddVectorStoreChanges(this ChangeNames names) => names
        .Add<VectorStoreCreated>("vector_store_created")
        .Add<VectorStoreDocumentAdded>("vector_store_document_added")
        .Add<VectorStoreDocumentRenamed>("vector_store_document_renamed")
        .Add<VectorStoreDocumentDeleted>("vector_store_document_deleted")
        .Add<VectorStoreKeyCreated>("vector_store_key_created")
        .Add<VectorStoreKeyRevoked>("vector_store_key_revoked");
}
