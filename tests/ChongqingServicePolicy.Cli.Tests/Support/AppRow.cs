using System.Globalization;
using System.Text;

namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>One applications.csv row built cell by cell, written in <see cref="Applications.Header"/>'s column order and quoted as RFC 4180 requires.</summary>
public sealed class AppRow
{
    public static readonly string[] Columns = Applications.Header.Split(',');

    private readonly Dictionary<string, string> _cells;

    private AppRow(Dictionary<string, string> cells) => _cells = cells;

    public string this[string column] => _cells.TryGetValue(column, out var value) ? value : string.Empty;

    /// <summary>Measure 1, eligible: 10% of the approved investment (3,000,000.00 for the default), cap 5,000,000.</summary>
    public static AppRow Measure1(string id, decimal approved = 30_000_000m, string subject = "") => Common(id, "1", subject)
        .With("producer_service", "true")
        .With("total_investment_yuan", "80000000")
        .With("approved_investment_yuan", Amount(approved));

    /// <summary>Measure 2, eligible above 5,000,000: 20% of the approved investment, cap 5,000,000.</summary>
    public static AppRow Measure2(string id, decimal approved = 10_000_000m, string subject = "") => Common(id, "2", subject)
        .With("approved_investment_yuan", Amount(approved))
        .With("platform_field", "supply_chain_management");

    /// <summary>Measure 13: 30% of the event's actual input, cap 1,000,000.</summary>
    public static AppRow Measure13(string id, decimal input = 2_000_000m, string subject = "") => Common(id, "13", subject)
        .With("event_actual_input_yuan", Amount(input));

    public AppRow With(string column, string value)
    {
        if (!Columns.Contains(column))
        {
            throw new ArgumentException($"no column '{column}'", nameof(column));
        }

        return new AppRow(new Dictionary<string, string>(_cells) { [column] = value });
    }

    public override string ToString()
    {
        var line = new StringBuilder();
        for (var i = 0; i < Columns.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var cell = this[Columns[i]];
            line.Append(cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        }

        return line.ToString();
    }

    /// <summary>A whole file: the header and the rows, lines ended by "\n".</summary>
    public static string File(IEnumerable<AppRow> rows) => Applications.Header + "\n" + string.Concat(rows.Select(r => r + "\n"));

    public static string File(params AppRow[] rows) => File((IEnumerable<AppRow>)rows);

    public static string Amount(decimal yuan) => yuan.ToString(CultureInfo.InvariantCulture);

    private static AppRow Common(string id, string measure, string subject) => new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["application_id"] = id,
        ["measure"] = measure,
        ["applicant_name"] = "重庆渝中供应链科技有限公司",
        ["credit_code"] = "91500103MA00001XY9",
        ["district_code"] = "500103",
        ["application_date"] = "2025-03-01",
        ["subject_id"] = subject,
    });
}
