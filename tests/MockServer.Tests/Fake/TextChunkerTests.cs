using Rememberizer.Contract.Fake.Documents;
using Rememberizer.Contract.Fake.Search;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class TextChunkerTests
{
    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"w{i}")) + "\n";

    [Fact]
    public void ChunksHoldAFixedNumberOfWordsAndConcatenateToTheText()
    {
        var text = Words(250);

        var chunks = TextChunker.Split(text);

        Assert.Equal(3, chunks.Count);
        Assert.Equal(text, string.Concat(chunks));
        Assert.StartsWith("w100 ", chunks[1]);
    }

    [Fact]
    public void WindowJoinsNeighboursWithinTheDocument()
    {
        var chunks = TextChunker.Split(Words(50), 10);

        Assert.Equal("w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29", TextChunker.Window(chunks, 2, 1, 0));
        Assert.StartsWith("w0 ", TextChunker.Window(chunks, 0, 5, 0));
        Assert.EndsWith("w49", TextChunker.Window(chunks, 4, 0, 5));
    }

    [Fact]
    public void ContentsAreCutToTwentyChunksAndEmptyPastTheEnd()
    {
        var chunks = TextChunker.Split(Words(300), 10);

        // end_chunk is the last chunk returned (inclusive); past the end it falls below start_chunk.
        Assert.Equal(19, ChunkRange.Read(chunks, 0, null).End);
        Assert.Equal(24, ChunkRange.Read(chunks, 5, 100).End);
        Assert.Equal(29, ChunkRange.Read(chunks, 25, null).End);
        Assert.Equal(new ChunkRange("", 39), ChunkRange.Read(chunks, 40, 45));
        Assert.StartsWith("w30 ", ChunkRange.Read(chunks, 3, 4).Content);
    }
}
