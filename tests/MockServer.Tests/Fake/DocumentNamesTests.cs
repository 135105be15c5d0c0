using Rememberizer.Contract.Fake.VectorStores;

namespace Rememberizer.Contract.MockServer.Tests.Fake;

public sealed class DocumentNamesTests
{
    [Theory]
    [InlineData("Short note.", "Short note.")]
    [InlineData("  Spaced\n\nout   text ", "Spaced out text")]
    [InlineData("   ", "Untitled document")]
    [InlineData("Our product is an advanced vector database solution that enables semantic search.", "Our product is an advanced vector database solution that…")]
    public void NameIsTheStartOfTheTextCutAtAWord(string text, string expected)
    {
        Assert.Equal(expected, DocumentNames.FromText(text));
        Assert.True(DocumentNames.FromText(text).Length <= DocumentNames.MaxLength);
    }
}
