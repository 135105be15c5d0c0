using System.Text.Json;
using System.Text.Json.Serialization;
using Rememberizer.Contract.Fake.OAuth;
using Rememberizer.Contract.Fake.Sessions;
using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.Fake.State;

/// <summary>
/// A change to a tenant's state, as the <see cref="StateJournal"/> records it. The list below is every kind of
/// change the fake (and the mock's stored preferences) makes that outlives a request; each carries everything
/// applying it needs (ids, random tokens, moments), so applying is the same in every process and on every replay. Stored as JSON with a <c>type</c>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StateWasReset), "state_was_reset")]
[JsonDerivedType(typeof(ClockAdvanced), "clock_advanced")]
[JsonDerivedType(typeof(SigningKeyChosen), "signing_key_chosen")]
[JsonDerivedType(typeof(UserAdded), "user_added")]
[JsonDerivedType(typeof(EmailVerified), "email_verified")]
[JsonDerivedType(typeof(UserDeleted), "user_deleted")]
[JsonDerivedType(typeof(CodeIssued), "code_issued")]
[JsonDerivedType(typeof(CodeAttemptFailed), "code_attempt_failed")]
[JsonDerivedType(typeof(CodeUsed), "code_used")]
[JsonDerivedType(typeof(MailSent), "mail_sent")]
[JsonDerivedType(typeof(SessionStarted), "session_started")]
[JsonDerivedType(typeof(RefreshRotated), "refresh_rotated")]
[JsonDerivedType(typeof(SessionRevoked), "session_revoked")]
[JsonDerivedType(typeof(AuthorizationCodeIssued), "authorization_code_issued")]
[JsonDerivedType(typeof(AuthorizationCodeRedeemed), "authorization_code_redeemed")]
[JsonDerivedType(typeof(DocumentMemorized), "document_memorized")]
[JsonDerivedType(typeof(MementoCreated), "memento_created")]
[JsonDerivedType(typeof(MementoRenamed), "memento_renamed")]
[JsonDerivedType(typeof(MementoDocumentsSet), "memento_documents_set")]
[JsonDerivedType(typeof(MementoDeleted), "memento_deleted")]
[JsonDerivedType(typeof(KnowledgePublished), "knowledge_published")]
[JsonDerivedType(typeof(KnowledgeKeyRegenerated), "knowledge_key_regenerated")]
[JsonDerivedType(typeof(KnowledgeWithdrawn), "knowledge_withdrawn")]
[JsonDerivedType(typeof(KnowledgeVisibilityChanged), "knowledge_visibility_changed")]
[JsonDerivedType(typeof(VectorStoreCreated), "vector_store_created")]
[JsonDerivedType(typeof(VectorStoreDocumentAdded), "vector_store_document_added")]
[JsonDerivedType(typeof(VectorStoreDocumentRenamed), "vector_store_document_renamed")]
[JsonDerivedType(typeof(VectorStoreDocumentDeleted), "vector_store_document_deleted")]
[JsonDerivedType(typeof(VectorStoreKeyCreated), "vector_store_key_created")]
[JsonDerivedType(typeof(VectorStoreKeyRevoked), "vector_store_key_revoked")]
[JsonDerivedType(typeof(PreferenceStored), "preference_stored")]
[JsonDerivedType(typeof(PreferenceUsed), "preference_used")]
[JsonDerivedType(typeof(PreferencesCleared), "preferences_cleared")]
public abstract record StateEvent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(StateEvent change) => JsonSerializer.Serialize(change, Json);

    public static StateEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<StateEvent>(json, Json) ?? throw new InvalidOperationException("A stored change is empty.");
}

// The tenant as a whole.
public sealed record StateWasReset : StateEvent;

public sealed record ClockAdvanced(TimeSpan By) : StateEvent;

public sealed record SigningKeyChosen(byte[] Key) : StateEvent;

// Accounts, codes and mail.
public sealed record UserAdded(int Id, string Email, string Name, string PasswordHash, bool EmailVerified) : StateEvent;

public sealed record EmailVerified(int UserId) : StateEvent;

/// <summary>The user and what only that user had: sessions, a pending code, the library, published knowledge.</summary>
public sealed record UserDeleted(int UserId) : StateEvent;

public sealed record CodeIssued(int UserId, string Code, DateTimeOffset ExpiresAt) : StateEvent;

public sealed record CodeAttemptFailed(int UserId) : StateEvent;

public sealed record CodeUsed(int UserId) : StateEvent;

public sealed record MailSent(string To, string Subject, string Code, DateTimeOffset SentAt) : StateEvent;

// Sessions: refresh tokens are recorded as hashes only.
public sealed record SessionStarted(string SessionId, int UserId, SessionKind Kind, string? Scope, string RefreshHash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt) : StateEvent;

public sealed record RefreshRotated(string SessionId, string OldHash, string NewHash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt) : StateEvent;

public sealed record SessionRevoked(string SessionId) : StateEvent;

// OAuth.
public sealed record AuthorizationCodeIssued(string Code, AuthorizationGrant Grant, DateTimeOffset ExpiresAt) : StateEvent;

public sealed record AuthorizationCodeRedeemed(string Code) : StateEvent;

// Users' libraries: memorized text (into a published memento too), and mementos.
public sealed record DocumentMemorized(int UserId, int DocumentId, string Name, string Content, DateTimeOffset At, int? IntoMemento) : StateEvent;

public sealed record MementoCreated(int UserId, int MementoId, string Name, DateTimeOffset At, IReadOnlyList<int> DocumentIds) : StateEvent;

public sealed record MementoRenamed(int UserId, int MementoId, string Name, DateTimeOffset At) : StateEvent;

public sealed record MementoDocumentsSet(int UserId, int MementoId, IReadOnlyList<int> DocumentIds, DateTimeOffset At) : StateEvent;

public sealed record MementoDeleted(int UserId, int MementoId) : StateEvent;

// Common knowledge and its keys.
public sealed record KnowledgePublished(int Id, string Name, string Description, int OwnerId, string OwnerEmail, int MementoId, string ApiKey, DateTimeOffset At) : StateEvent;

public sealed record KnowledgeKeyRegenerated(int Id, string ApiKey) : StateEvent;

public sealed record KnowledgeWithdrawn(int Id) : StateEvent;

/// <summary>A public knowledge can be read by its id alone (the <c>public-ck-id</c> header), without its key.</summary>
public sealed record KnowledgeVisibilityChanged(int Id, bool IsPublic) : StateEvent;

// Vector stores and their documents (text as extracted from the upload).
public sealed record VectorStoreCreated(string Id, string Name, string Description, string ApiKey, DateTimeOffset At, VectorStoreSettings Settings, int? OwnerId) : StateEvent;

public sealed record VectorStoreDocumentAdded(string StoreId, int DocumentId, string Name, string MimeType, string Text, int Size, DateTimeOffset At) : StateEvent;

public sealed record VectorStoreDocumentRenamed(string StoreId, int DocumentId, string Name, DateTimeOffset At) : StateEvent;

public sealed record VectorStoreDocumentDeleted(string StoreId, int DocumentId) : StateEvent;

/// <summary>Another named key of a store; the store's other keys keep working.</summary>
public sealed record VectorStoreKeyCreated(string StoreId, string KeyId, string Name, string ApiKey, DateTimeOffset At) : StateEvent;

public sealed record VectorStoreKeyRevoked(string StoreId, string KeyId) : StateEvent;

// The mock's stored request preferences (what a Prefer header asks for, kept for one operation or all, for good or
// for a number of requests): the host applies them, the domain only keeps them in order.
public sealed record PreferenceStored(int Id, string? OperationId, string Prefer, int? Times) : StateEvent;

public sealed record PreferenceUsed(int Id) : StateEvent;

public sealed record PreferencesCleared(string? OperationId) : StateEvent;
