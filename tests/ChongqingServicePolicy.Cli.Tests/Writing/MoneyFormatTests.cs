using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Csv.Internal;

namespace ChongqingServicePolicy.Cli.Tests.Writing;

/// <summary>The fast writer of decisions.csv formats amounts in place; they must read exactly as <see cref="DecisionCsvWriter.Money"/> writes them.</summary>
public sealed class MoneyFormatTests
{
    [Fact]
    public void TryFormatMoney_AnyAmountInUtf8_WritesWhatMoneyWrites()
    {
        decimal[] amounts =
        [
            0m, 0.00m, new(0, 0, 0, true, 2), 0.5m, 0.005m, 0.015m, 1m, 1.10m, 1_900_121.1m, 99_999_999_999_999.99m,
            100_000_000_000_000m, -0.01m, -5m, 12.345m, 1.00000m, decimal.MaxValue, decimal.MinValue,
        ];
        var random = new Random(7);
        var all = amounts.Concat(Enumerable.Range(0, 5000).Select(_ =>
            new decimal(random.Next(), random.Next(0, 4) == 0 ? random.Next() : 0, 0, random.Next(0, 8) == 0, (byte)random.Next(0, 6))));
        Span<byte> buffer = stackalloc byte[64];

        foreach (var amount in all)
        {
            DecisionLines.TryFormatMoney(amount, buffer, out var written).Should().BeTrue();
            System.Text.Encoding.UTF8.GetString(buffer[..written]).Should().Be(DecisionCsvWriter.Money(amount), $"{amount} (scale {amount.Scale})");
        }
    }

    [Fact]
    public void TryFormatMoney_EitherSideOfEveryPowerOfTen_WritesWhatMoneyWrites()
    {
        // The digits are counted from the highest bit, which every power of ten up to the fast limit (10^14, which
        // takes the general path) puts to the test.
        Span<byte> buffer = stackalloc byte[32];
        for (var k = 0; k <= 14; k++)
        {
            var power = (decimal)Math.Pow(10, k);
            foreach (var amount in new[] { power - 0.01m, power - 1m, power, power + 0.01m, decimal.Round(power, 1), power * 1.000m })
            {
                if (amount < 0m)
                {
                    continue;
                }

                DecisionLines.TryFormatMoney(amount, buffer, out var written).Should().BeTrue();
                System.Text.Encoding.UTF8.GetString(buffer[..written]).Should().Be(DecisionCsvWriter.Money(amount), $"{amount} (scale {amount.Scale})");
            }
        }
    }

    [Fact]
    public void TryFormatMoney_TooLittleRoom_SaysSo()
    {
        Span<byte> buffer = stackalloc byte[4];

        DecisionLines.TryFormatMoney(123_456m, buffer, out _).Should().BeFalse();
    }
}
