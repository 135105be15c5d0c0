namespace Rememberizer.Contract.Fake.Seed;

/// <summary>Settings of the generated data, bound from the <c>Data</c> configuration section.</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>Seed of every generated value; copied from <c>MockServer:Seed</c>.</summary>
    public int Seed { get; set; } = 20240101;

    /// <summary>
    /// Generated dates lie before this instant. Fixed rather than "now" so the same seed gives the same data on any
    /// day; items created through the API carry the mock clock's time instead.
    /// </summary>
    public DateTimeOffset Epoch { get; set; } = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How long a new vector-store document stays <c>processing</c> (mock-clock seconds).</summary>
    public int IndexingDelaySeconds { get; set; } = 2;

    /// <summary>Largest file the vector-store upload accepts (50 MB, as documented).</summary>
    public long UploadFileLimitBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Most files one upload request may carry.</summary>
    public int UploadFileCountLimit { get; set; } = 20;

    /// <summary>
    /// How many users' generated libraries are cached while nobody changes them; the others are generated again,
    /// identical, when next read. A library someone changed is always kept.
    /// </summary>
    public int LibraryCacheSize { get; set; } = 64;

    /// <summary>Words per search chunk; document contents are paged in these chunks.</summary>
    public int WordsPerChunk { get; set; } = 100;
}
