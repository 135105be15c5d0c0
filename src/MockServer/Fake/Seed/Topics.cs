namespace Rememberizer.Contract.MockServer.Fake.Seed;

/// <summary>What a generated document is about; its keywords make search results meaningful.</summary>
public sealed record Topic(string Title, string[] Keywords);

/// <summary>The subjects generated documents, messages and vector-store files talk about.</summary>
public static class Topics
{
    public static IReadOnlyList<Topic> All { get; } =
    [
        new("Search Filters", ["search", "filters", "relevance", "ranking", "query", "results"]),
        new("Quarterly Budget", ["budget", "forecast", "spending", "revenue", "finance", "quarter"]),
        new("Onboarding", ["onboarding", "checklist", "training", "mentor", "accounts", "handbook"]),
        new("Release 2.4", ["release", "changelog", "deployment", "regression", "hotfix", "version"]),
        new("Customer Feedback", ["customer", "feedback", "survey", "churn", "support", "interviews"]),
        new("Security Review", ["security", "audit", "vulnerability", "encryption", "access", "compliance"]),
        new("Hiring Plan", ["hiring", "candidates", "recruiting", "headcount", "offers", "roles"]),
        new("Marketing Campaign", ["campaign", "marketing", "launch", "audience", "newsletter", "conversion"]),
        new("API Integration", ["api", "integration", "webhooks", "oauth", "endpoints", "authentication"]),
        new("Data Migration", ["migration", "database", "schema", "backup", "rollback", "postgres"]),
        new("Vector Database", ["vector", "embeddings", "similarity", "index", "semantic", "chunks"]),
        new("Team Offsite", ["offsite", "agenda", "venue", "travel", "workshop", "retrospective"]),
    ];

    public static Topic Named(string title) => All.First(t => t.Title == title);
}
