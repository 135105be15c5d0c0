using Rememberizer.Contract.Fake.Libraries;

namespace Rememberizer.Contract.Fake.Integrations;

/// <summary>The public knowledge users can subscribe to. Fixed, so ids mean the same thing for every user.</summary>
public static class KnowledgeCatalog
{
    public static IReadOnlyList<KnowledgeEntry> Entries { get; } =
    [
        new(1, "Rememberizer Docs", "Rememberizer AI", "Documentation of Rememberizer.", "https://example.com/images/rememberizer-docs.png",
            76, At(2023, 1, 15), At(2023, 5, 20), 2.053, 159, ["Vector Database", "API Integration"]),
        new(2, "Kubernetes Handbook", "Cloud Native Guild", "Operating containers in production.", "https://example.com/images/kubernetes.png",
            214, At(2023, 3, 2), At(2024, 2, 11), 1.871, 204, ["Data Migration", "Security Review"]),
        new(3, "Startup Finance Basics", "Founders Library", null, null,
            58, At(2023, 7, 9), At(2024, 1, 30), 1.402, 311, ["Quarterly Budget", "Hiring Plan"]),
        new(4, "Product Marketing Playbook", "Growth Collective", "Positioning, launches and campaigns.", "https://example.com/images/pmm.png",
            132, At(2022, 11, 21), At(2024, 4, 3), 1.655, 87, ["Marketing Campaign", "Customer Feedback"]),
    ];

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 14, 30, 0, TimeSpan.Zero);
}

/// <summary>A piece of shared knowledge as one user sees it: the catalog entry plus the documents they can read.</summary>
public sealed record Subscription(KnowledgeEntry Knowledge, IReadOnlyList<int> DocumentIds);

/// <summary>Shared knowledge published by someone else; the same entry (and id) for every subscriber.</summary>
public sealed record KnowledgeEntry(
    int Id,
    string Name,
    string Publisher,
    string? Description,
    string? ImageUrl,
    int Subscribers,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    double PriorityScore,
    int MementoId,
    string[] Topics);
