namespace Rememberizer.Contract.Fake.Seed;

/// <summary>
/// What a generated document is about: keywords that make search results meaningful, and plain statements a
/// real team would write about it, so the questions of the Rememberizer documentation find sensible answers.
/// </summary>
public sealed record Topic(string Title, string[] Keywords, string[] Statements);

/// <summary>The subjects generated documents, messages and vector-store files talk about.</summary>
public static class Topics
{
    public static IReadOnlyList<Topic> All { get; } =
    [
        new("Search Filters", ["search", "filters", "relevance", "ranking", "query", "results"],
        [
            "The new search filters narrow results by source, date and document type.",
            "Ranking now weighs recent documents higher when the query mentions a date.",
            "We decided to ship the search filters together with release 2.4.",
        ]),
        new("Quarterly Budget", ["budget", "forecast", "spending", "revenue", "finance", "quarter"],
        [
            "The quarterly budget forecast keeps spending below revenue for the third quarter in a row.",
            "Finance asks every team lead to review the budget before the end of the quarter.",
        ]),
        new("Onboarding", ["onboarding", "checklist", "training", "mentor", "accounts", "handbook"],
        [
            "Every new hire gets a mentor, the onboarding checklist and access to the handbook on day one.",
            "Accounts for new employees are created before their first training session.",
        ]),
        new("Release 2.4", ["release", "changelog", "deployment", "regression", "hotfix", "version"],
        [
            "Release 2.4 adds the search filters and fixes the regression in the export.",
            "The changelog lists every change since version 2.3; the deployment is planned for Tuesday.",
        ]),
        new("Customer Feedback", ["customer", "feedback", "survey", "churn", "support", "interviews"],
        [
            "Customer interviews show that faster search matters more than new integrations.",
            "The support team tags every piece of feedback so churn reasons can be counted.",
        ]),
        new("Security Review", ["security", "audit", "vulnerability", "encryption", "access", "compliance"],
        [
            "The security audit found no critical vulnerability; encryption at rest is enabled everywhere.",
            "Access to production data requires two-factor authentication and is reviewed every quarter.",
        ]),
        new("Hiring Plan", ["hiring", "candidates", "recruiting", "headcount", "offers", "roles"],
        [
            "The hiring plan adds four engineering roles and one designer this year.",
            "Recruiting sends offers within a week of the final interview.",
        ]),
        new("Marketing Campaign", ["campaign", "marketing", "launch", "audience", "newsletter", "conversion"],
        [
            "The launch campaign targets developers through the newsletter and conference talks.",
            "Conversion from the landing page doubled after the new campaign.",
        ]),
        new("API Integration", ["api", "integration", "webhooks", "oauth", "endpoints", "authentication", "applications", "systems"],
        [
            "To integrate our product with third-party systems, use the REST API and subscribe to webhooks.",
            "Custom applications integrate with Rememberizer through an API key or an OAuth2 access token.",
            "The integration guide lists every endpoint, its authentication and the webhook events external systems receive.",
            "Third-party systems such as CRMs and ticketing tools connect through the same public API.",
        ]),
        new("Data Migration", ["migration", "database", "schema", "backup", "rollback", "postgres"],
        [
            "The database migration moves every table to the new schema with a tested rollback plan.",
            "A full backup of Postgres is taken before each migration step.",
        ]),
        new("Vector Database", ["vector", "embeddings", "similarity", "index", "semantic", "chunks"],
        [
            "Documents are split into chunks, turned into embeddings and stored in the vector index.",
            "Semantic search compares the embedding of a question with every chunk by cosine similarity.",
            "A vector store keeps the knowledge of one application, reachable with its own API key.",
        ]),
        new("Team Offsite", ["offsite", "agenda", "venue", "travel", "workshop", "retrospective"],
        [
            "The offsite agenda has a strategy workshop on Monday and a retrospective on Tuesday.",
            "Travel to the venue is booked for everyone by the end of the month.",
        ]),
    ];

    public static Topic Named(string title) => All.First(t => t.Title == title);
}
