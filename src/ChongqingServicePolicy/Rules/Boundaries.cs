namespace ChongqingServicePolicy.Rules;

/// <summary>
/// The boundaries rules name in their "what would change the result" steps, found once from the parameters when a rule
/// is made, so that deciding a record only subtracts. Amounts step by the fen (0.01 元): a boundary is the smallest
/// amount in fen on the far side, where the comparison the rule makes comes out the other way.
/// </summary>
internal static class Boundaries
{
    private const decimal Fen = 0.01m;

    /// <summary>
    /// At most this many fen between a boundary's first estimate and the boundary. The product the rules compare is
    /// rounded to decimal's precision, at worst to 10^-28, which a share of one fen at the smallest rate (10^-28) covers
    /// 50 times over; larger rates and products leave a few fen at most.
    /// </summary>
    private const int MaxCorrection = 64;

    /// <summary>
    /// The smallest amount in fen above <paramref name="threshold"/>, for "超过 X" (rule X5); <see langword="null"/>
    /// when no decimal amount in fen is above it.
    /// </summary>
    internal static decimal? SmallestFenAbove(decimal threshold)
    {
        // Neither step can overflow: rounding to two places leaves an amount of more places (below 2^96 / 10^3) well
        // inside decimal's range, and adding 0.01 to at most decimal.MaxValue rounds back to it. Above about 10^26 the
        // fen is lost in that rounding, which the comparison tells.
        var fen = decimal.Round(threshold, 2, MidpointRounding.ToNegativeInfinity) + Fen;
        return fen > threshold ? fen : null;
    }

    /// <summary>The smallest amount in fen not below <paramref name="threshold"/>, for "X以上" and "达到 X" (rule X5).</summary>
    internal static decimal SmallestFenAtLeast(decimal threshold) =>
        // Rounding towards positive infinity never gives less than the threshold, and cannot overflow (see
        // SmallestFenAbove); adding 0.00 gives the amount two places, and a zero without a sign.
        decimal.Round(threshold, 2, MidpointRounding.ToPositiveInfinity) + 0.00m;

    /// <summary>
    /// The smallest amount in fen, not negative, whose share <c>rate × amount</c> reaches <paramref name="cap"/>, as
    /// the rules compute and compare it (<c>cap &lt;= rate * amount</c>, decimal multiplication included); <see
    /// langword="null"/> when no amount's share does (a rate of 0 under a positive cap, or a cap beyond any product), or
    /// when the boundary lies where decimal no longer tells one fen from the next (above about 10^26).
    /// </summary>
    internal static decimal? ShareReachesFrom(decimal rate, decimal cap)
    {
        if (cap <= 0m)
        {
            return 0.00m;
        }

        if (rate <= 0m)
        {
            return null;
        }

        try
        {
            // cap / rate, up to the fen, is right or a few fen off (see MaxCorrection): the quotient is rounded to
            // decimal's precision, and so is the product the rules compare. The product decides, one fen at a time.
            var quotient = cap / rate;
            // Stryker disable once Arithmetic : "- 0.00m" differs only for a zero quotient (a signed zero), and the loop moves on from zero to 0.01
            var amount = decimal.Round(quotient, 2, MidpointRounding.ToPositiveInfinity) + 0.00m;
            for (var passes = MaxCorrection; passes != 0; passes--)
            {
                if (!Reaches(rate, amount, cap))
                {
                    amount += Fen;
                }
                else if (Reaches(rate, amount - Fen, cap))
                {
                    // One fen less still reaches the cap (never below 0.00: a positive cap is not reached by a share
                    // of 0 or less).
                    amount -= Fen;
                }
                else
                {
                    return amount;
                }
            }

            return null;
        }
        // Stryker disable once Block : reached (a quotient beyond decimal), but an emptied catch returns default, which is this null
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool Reaches(decimal rate, decimal amount, decimal cap) => cap <= rate * amount;
}
