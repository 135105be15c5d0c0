namespace Rememberizer.Contract.Pact.Tests.Builders;

public sealed class ConsumerVersionSelectorTests
{
    [Fact]
    public void AnArrayOfSelectorsIsReadAndWrittenBackInTheBrokersShape()
    {
        var selectors = ConsumerVersionSelector.ParseArray("""[{"mainBranch":true},{"branch":"feat/x","consumer":"web"},{"deployed":true,"environment":"production"}]""");

        Assert.Equal(
            ["""{"mainBranch":true}""", """{"branch":"feat/x","consumer":"web"}""", """{"deployed":true,"environment":"production"}"""],
            selectors.Select(s => s.ToJson()));
    }

    [Theory]
    [InlineData("""{"mainBranch":true}""", "JSON array")]
    [InlineData("""[{"mainbranch":true}]""", "mainbranch")]
    [InlineData("""[{"branch":1}]""", "branch")]
    [InlineData("""[null]""", "selector 1 is null")]
    [InlineData("not json", "JSON array")]
    public void AMistakeInTheSelectorsIsNamed(string json, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => ConsumerVersionSelector.ParseArray(json));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
