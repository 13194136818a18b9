namespace ChongqingServicePolicy.Tests.Properties;

public sealed class IterationsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ReadIterations_NotSet_TenThousand(string? text) =>
        Generators.ReadIterations(text).Should().Be(10_000);

    [Theory]
    [InlineData("200", 200)]
    [InlineData("1", 1)]
    [InlineData("25000", 25_000)]
    public void ReadIterations_PositiveNumber_ThatNumber(string text, int expected) =>
        Generators.ReadIterations(text).Should().Be(expected);

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2e2")]
    [InlineData(" 200")]
    [InlineData("１２３")]
    [InlineData("99999999999")]
    public void ReadIterations_NotAPositiveWholeNumber_RefusedNamingTheVariable(string text)
    {
        var read = () => Generators.ReadIterations(text);

        read.Should().Throw<InvalidOperationException>()
            .WithMessage($"CQPOLICY_PROPERTY_ITERATIONS is '{text}'; expected a whole number of cases above zero, such as 200.");
    }
}
