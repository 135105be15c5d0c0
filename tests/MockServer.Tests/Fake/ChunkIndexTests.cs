using Rememberizer.Contract.Fake.Search;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class ChunkIndexTests
{
    private static ChunkIndex IndexOf(params string[] documents)
    {
        var index = new ChunkIndex();
        for (var i = 0; i < documents.Length; i++)
        {
            index.Add(i + 1, TextChunker.Split(documents[i]));
        }

        return index;
    }

    [Fact]
    public void ChunkMentioningTheTermsTwiceRanksAboveOneMentioningThemOnce()
    {
        var index = IndexOf(
            "The quokka budget was approved on Monday by the finance team for the offsite.",
            "The quokka budget and the quokka budget forecast were approved by the finance team.",
            "Nothing relevant is written here about weather or lunch plans at all.");

        var hits = index.Search("quokka budget", 10, _ => true);

        Assert.Equal([2, 1], hits.Select(h => h.DocumentKey));
        Assert.True(hits[0].Distance < hits[1].Distance);
    }

    [Fact]
    public void UnrelatedDocumentsAreNotReturned()
    {
        var index = IndexOf("Release notes for the search filters.", "Lunch menu for Friday.");

        var hits = index.Search("search filters", 10, _ => true);

        Assert.Equal([1], hits.Select(h => h.DocumentKey));
    }

    [Fact]
    public void EveryQueryTermPresentOnceClearsTheDefaultVectorStoreThreshold()
    {
        var index = IndexOf("Use webhooks to integrate third-party systems with the product.", "Unrelated text about gardening tools.");

        var hit = Assert.Single(index.Search("How to integrate our product with third-party systems", 5, _ => true));

        Assert.InRange(1 - hit.Distance, 0.7, 1.0);
    }

    [Fact]
    public void StemmingMatchesInflectedForms()
    {
        var index = IndexOf("We released two releases and are releasing another.");

        Assert.Single(index.Search("release", 5, _ => true));
    }

    [Fact]
    public void RemovedDocumentsAreNoLongerFound()
    {
        var index = IndexOf("Quarterly budget forecast.", "Budget approval checklist.");

        index.Remove(1);

        Assert.Equal([2], index.Search("budget", 10, _ => true).Select(h => h.DocumentKey));
    }

    [Fact]
    public void FilterThresholdAndLimitAreHonoured()
    {
        var index = IndexOf("alpha beta", "alpha", "alpha beta gamma", "beta");

        Assert.DoesNotContain(index.Search("alpha", 10, key => key != 2), h => h.DocumentKey == 2);
        Assert.Equal(2, index.Search("alpha", 2, _ => true).Count);
        Assert.All(index.Search("alpha beta", 10, _ => true, 0.6), h => Assert.True(1 - h.Distance >= 0.6));
        Assert.Empty(index.Search("the and of", 10, _ => true));
    }

    [Fact]
    public void ContextWordsLiftMatchesOfTheQuestionButMatchNothingAlone()
    {
        var index = IndexOf("The budget review is on Monday.", "The budget review covers the offsite travel.", "Offsite travel is booked.");

        var plain = index.Search(new RankQuery("budget review"), 10, _ => true);
        var steered = index.Search(new RankQuery("budget review", "offsite travel"), 10, _ => true);

        Assert.Equal(2, steered[0].DocumentKey);
        Assert.True(steered[0].Similarity > plain.Single(h => h.DocumentKey == 2).Similarity);
        Assert.DoesNotContain(steered, h => h.DocumentKey == 3);
    }

    [Fact]
    public void WordsTheIndexHasNeverSeenWeighAgainstAMatch()
    {
        var index = IndexOf("The system is up.", "Budget planning for the system upgrade.");

        var known = index.Search("budget planning upgrade", 10, _ => true)[0];
        var diluted = index.Search("budget planning upgrade pasta recipe", 10, _ => true)[0];

        Assert.True(diluted.Similarity < known.Similarity - 0.2, $"{diluted.Similarity} vs {known.Similarity}");
    }
}
