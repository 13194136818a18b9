namespace ChongqingServicePolicy.Rules;

/// <summary>
/// The boundaries rules name in their "what would change the result" steps, found once from the parameters when a rule
/// is made, so that deciding a record only subtracts. Amounts step by the fen (0.01 元): a boundary is the smallest
/// amount in fen on the far side, where the comparison the rule makes comes out the other way.
/// </summary>
internal static class Boundaries
{
    private const decimal Fen = 0.01m;

    /// <summary>At most this many fen between a boundary's first estimate and the boundary; the estimate is off by one at most.</summary>
    private const int MaxCorrection = 64;

    /// <summary>
    /// The smallest amount in fen above <paramref name="threshold"/>, for "超过 X" (rule X5); <see langword="null"/>
    /// when no decimal amount in fen is above it.
    /// </summary>
    internal static decimal? SmallestFenAbove(decimal threshold)
    {
        try
        {
            var fen = decimal.Round(threshold, 2, MidpointRounding.ToNegativeInfinity) + Fen;
            return fen > threshold ? fen : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The smallest amount in fen not below <paramref name="threshold"/>, for "X以上" and "达到 X" (rule X5).</summary>
    internal static decimal? SmallestFenAtLeast(decimal threshold)
    {
        try
        {
            var fen = decimal.Round(threshold, 2, MidpointRounding.ToPositiveInfinity) + 0.00m;
            return fen >= threshold ? fen : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The smallest amount in fen, not negative, whose share <c>rate × amount</c> reaches <paramref name="cap"/>, as
    /// the rules compute and compare it (<c>cap &lt;= rate * amount</c>, decimal multiplication included); <see
    /// langword="null"/> when no amount's share does (a rate of 0 under a positive cap, or a cap beyond any product).
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
            // cap / rate, up to the fen, is right or one fen off where the quotient was rounded; the product decides.
            var amount = decimal.Round(cap / rate, 2, MidpointRounding.ToPositiveInfinity) + 0.00m;
            for (var i = 0; i < MaxCorrection; i++)
            {
                if (!Reaches(rate, amount, cap))
                {
                    amount += Fen;
                }
                else if (amount >= Fen && Reaches(rate, amount - Fen, cap))
                {
                    amount -= Fen;
                }
                else
                {
                    return amount;
                }
            }

            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static bool Reaches(decimal rate, decimal amount, decimal cap) => cap <= rate * amount;
}
