namespace Rememberizer.Contract.Fake.Integrations;

/// <summary>A connected data source of one user.</summary>
public sealed record Integration(
    int Id,
    string Type,
    string Source,
    string DocumentType,
    DateTimeOffset? ConsentTime,
    bool TokenValid)
{
    /// <summary>Every seeded connection has finished its OAuth dance.</summary>
    public string Step => "authorized";
}

/// <summary>Document counts of one integration, computed from the documents the user has now.</summary>
public sealed record IntegrationStats(int Indexed, int Indexing, int Error, int TotalSize, int Count);

/// <summary>The integration types documents carry on the wire.</summary>
public static class IntegrationTypes
{
    public const string GoogleDrive = "google_drive";
    public const string Slack = "slack";
    public const string Dropbox = "dropbox";
    public const string Gmail = "gmail";
    public const string CommonKnowledge = "common_knowledge";
    public const string Memorize = "memorize";
    public const string Discord = "discord";
}
