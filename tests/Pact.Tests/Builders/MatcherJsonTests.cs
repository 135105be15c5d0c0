namespace Rememberizer.Contract.Pact.Tests.Builders;

public sealed class MatcherJsonTests
{
    [Fact]
    public void TypeMatcherCarriesItsExample() =>
        Assert.Equal("""{"pact:matcher:type":"type","value":"alice"}""", Match.Type("alice").ToJson());

    [Fact]
    public void RegexMatcherCarriesItsPattern() =>
        Assert.Equal("""{"pact:matcher:type":"regex","regex":"^\\d+$","value":"42"}""", Match.Regex("42", @"^\d+$").ToJson());

    [Fact]
    public void RegexWhoseExampleDoesNotMatchIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Match.Regex("abc", @"^\d+$"));
        Assert.Contains("abc", error.Message);
    }

    [Fact]
    public void NumberAndBooleanMatchersKeepTheirExampleTypes()
    {
        Assert.Equal("""{"pact:matcher:type":"integer","value":7}""", Match.Integer(7).ToJson());
        Assert.Equal("""{"pact:matcher:type":"decimal","value":9.50}""", Match.Decimal(9.50m).ToJson());
        Assert.Equal("""{"pact:matcher:type":"boolean","value":true}""", Match.Boolean(true).ToJson());
    }

    [Fact]
    public void EachLikeRepeatsTheExampleMinTimesAndRecordsMin() =>
        Assert.Equal(
            """{"pact:matcher:type":"type","min":2,"value":[{"id":1},{"id":1}]}""",
            Match.EachLike(new { id = 1 }, min: 2).ToJson());

    [Fact]
    public void EachLikeWithMinZeroStillShowsOneExample() =>
        Assert.Equal("""{"pact:matcher:type":"type","min":0,"value":["x"]}""", Match.EachLike("x", min: 0).ToJson());

    [Fact]
    public void DateAndTimeMatchersCarryTheirFormat()
    {
        Assert.Equal(
            """{"pact:matcher:type":"datetime","format":"yyyy-MM-dd'T'HH:mm:ss","value":"2024-01-31T10:00:00"}""",
            Match.DateTime("yyyy-MM-dd'T'HH:mm:ss", "2024-01-31T10:00:00").ToJson());
        Assert.Equal("""{"pact:matcher:type":"date","format":"yyyy-MM-dd","value":"2024-01-31"}""", Match.Date("yyyy-MM-dd", "2024-01-31").ToJson());
        Assert.Equal("""{"pact:matcher:type":"time","format":"HH:mm","value":"10:00"}""", Match.Time("HH:mm", "10:00").ToJson());
    }

    [Fact]
    public void IncludeMatcherCarriesTheSubstring() =>
        Assert.Equal("""{"pact:matcher:type":"include","value":"session="}""", Match.Include("session=").ToJson());

    [Fact]
    public void MatchersNestedInsideExamplesStayMatchers() =>
        Assert.Equal(
            """{"pact:matcher:type":"type","min":1,"value":[{"id":{"pact:matcher:type":"integer","value":1}}]}""",
            Match.EachLike(new { id = Match.Integer(1) }).ToJson());

    [Fact]
    public void BoundedArraysCarryTheirLimits()
    {
        Assert.Equal("""{"pact:matcher:type":"type","max":2,"value":["a"]}""", Match.AtMostLike("a", max: 2).ToJson());
        Assert.Equal("""{"pact:matcher:type":"type","min":2,"max":4,"value":["a","a"]}""", Match.MinMaxLike("a", min: 2, max: 4).ToJson());
        Assert.Throws<ArgumentOutOfRangeException>(() => Match.MinMaxLike("a", min: 3, max: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Match.AtMostLike("a", max: 0));
    }

    [Fact]
    public void ArrayContainingCarriesVariantsAndNoValue() =>
        Assert.Equal(
            """{"pact:matcher:type":"arrayContains","variants":[{"id":{"pact:matcher:type":"integer","value":1}},"x"]}""",
            Match.ArrayContaining(new { id = Match.Integer(1) }, "x").ToJson());

    [Fact]
    public void EachKeyAndEachValueCarryTheirRuleAsAList()
    {
        Assert.Equal(
            """{"pact:matcher:type":"eachKey","rules":[{"pact:matcher:type":"regex","regex":"^[a-z]+$","value":"en"}],"value":{"en":1}}""",
            Match.EachKey(new { en = 1 }, Match.Regex("en", "^[a-z]+$")).ToJson());
        Assert.Equal(
            """{"pact:matcher:type":"eachValue","rules":[{"pact:matcher:type":"integer","value":1}],"value":{"en":1}}""",
            Match.EachValue(new { en = 1 }, Match.Integer(1)).ToJson());
    }

    [Fact]
    public void NullNumberAndSemverMatchers()
    {
        Assert.Equal("""{"pact:matcher:type":"null","value":null}""", Match.Null().ToJson());
        Assert.Equal("""{"pact:matcher:type":"number","value":0.5}""", Match.Number(0.5).ToJson());
        Assert.Equal("""{"pact:matcher:type":"semver","value":"2.0.0-rc.1"}""", Match.Semver("2.0.0-rc.1").ToJson());
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("01.0.0")]
    public void SemverWhoseExampleIsNotASemanticVersionIsRejected(string example)
    {
        var error = Assert.Throws<ArgumentException>(() => Match.Semver(example));

        Assert.Contains(example, error.Message);
    }
}
