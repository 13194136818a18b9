using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Reading;

/// <summary>One applications.csv row by column name, written raw (the test quotes what it means to quote).</summary>
public sealed class AppRow
{
    public static readonly string[] Columns = Applications.Header.Split(',');

    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);

    /// <summary>A measure-1 row that is Eligible for 3,000,000.00 (10% of 30,000,000 approved).</summary>
    public static AppRow Measure1(string id) => new AppRow()
        .With("application_id", id).With("measure", "1").With("applicant_name", "重庆渝中供应链科技有限公司")
        .With("credit_code", "91500103MA00001XY9").With("district_code", "500103").With("application_date", "2025-03-01")
        .With("producer_service", "true").With("total_investment_yuan", "80000000").With("approved_investment_yuan", "30000000");

    /// <summary>A measure-5 row: a star-rated building, no tier, decided by revenue growth (10% → 500,000; 20% → 1,000,000).</summary>
    public static AppRow Measure5(string id, string growth) => new AppRow()
        .With("application_id", id).With("measure", "5").With("applicant_name", "重庆北碚中联楼宇经济发展有限公司")
        .With("credit_code", "91500109MA5YQTMX8F").With("district_code", "500109").With("application_date", "2026-02-20")
        .With("building_star_rated", "true").With("revenue_growth_rate", growth);

    public AppRow With(string column, string raw)
    {
        if (Array.IndexOf(Columns, column) < 0)
        {
            throw new ArgumentException($"no column {column}", nameof(column));
        }

        _cells[column] = raw;
        return this;
    }

    public override string ToString() => In(Columns);

    /// <summary>The row's cells in another column order (names as the contract spells them).</summary>
    public string In(IEnumerable<string> order) => string.Join(",", order.Select(c => _cells.GetValueOrDefault(c, string.Empty)));
}
