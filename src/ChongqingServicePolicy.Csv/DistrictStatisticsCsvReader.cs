using System.Collections.Immutable;
using System.Globalization;
using ChongqingServicePolicy.Csv.Internal;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Csv;

/// <summary>Reads district-stats.csv (CSV-CONTRACT.md), the input of measure （六）'s ranking.</summary>
/// <remarks>A reader is for one pass over one file on one thread.</remarks>
public sealed class DistrictStatisticsCsvReader : IDisposable
{
    /// <summary>The columns of district-stats.csv, in the contract's order; all are required.</summary>
    public static readonly ImmutableArray<string> Columns = ["district_code", "year", "new_above_scale_count", "net_increase_count", "revenue_growth_rate"];

    private static readonly RecordField[] Fields =
        [RecordField.DistrictCode, RecordField.Year, RecordField.NewAboveScaleCount, RecordField.NetIncreaseCount, RecordField.RevenueGrowthRate];

    private readonly CsvTable _table;

    private DistrictStatisticsCsvReader(CsvTable table) => _table = table;

    /// <summary>Header names that are not contract columns, as written; they are ignored.</summary>
    public IReadOnlyList<string> UnknownColumns => _table.UnknownColumns;

    /// <summary>The encoding the file is read in: <c>utf-8</c>, <c>gb18030</c>, or <c>utf-16</c> when a byte order mark says so.</summary>
    public string EncodingName => _table.EncodingName;

    /// <summary>Opens a file and reads its header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding, unless the file starts with a byte order mark.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="CsvFileException">The file cannot be read.</exception>
    public static DistrictStatisticsCsvReader Open(string path, CsvEncoding encoding = CsvEncoding.Utf8) =>
        new(CsvTable.Open(path, encoding, Columns, Columns));

    /// <summary>Reads every data row; blank rows are skipped.</summary>
    /// <returns>The rows in file order.</returns>
    /// <exception cref="CsvFileException">The file turns out unreadable part way.</exception>
    public IReadOnlyList<DistrictStatisticsRow> ReadAll()
    {
        var cells = new string?[Columns.Length];
        var badQuoting = new List<BadQuoting>();
        var rows = new List<DistrictStatisticsRow>();
        foreach (var info in _table.Rows(cells, badQuoting))
        {
            var problems = new List<Problem>();
            if (info.FieldCount != _table.FieldCount)
            {
                problems.Add(new Problem(RecordField.Record, info.FieldCount.ToString(CultureInfo.InvariantCulture), ProblemCode.FieldCount, _table.FieldCount.ToString(CultureInfo.InvariantCulture)));
            }

            foreach (var bad in badQuoting.Where(b => b.Known < 0))
            {
                problems.Add(new Problem(RecordField.Record, CsvTable.Shorten($"{bad.Column}: {bad.Raw}", ApplicationCsvReader.MaxQuotedValueLength), ProblemCode.UnreadableValue, ValueFormat.QuotedField.ToCode()));
            }

            int? Int(int k) => Read(k, ApplicationCsvReader.ReadInt, ValueFormat.WholeNumber);
            T? Read<T>(int k, Func<string, T?> parse, ValueFormat expected)
                where T : struct
            {
                if (badQuoting.Exists(b => b.Known == k))
                {
                    problems.Add(new Problem(Fields[k], CsvTable.Shorten(cells[k]!, ApplicationCsvReader.MaxQuotedValueLength), ProblemCode.UnreadableValue, ValueFormat.QuotedField.ToCode()));
                    return null;
                }

                if (cells[k] is not { } text)
                {
                    problems.Add(new Problem(Fields[k], null, ProblemCode.Required));
                    return null;
                }

                var value = parse(text);
                if (value is null)
                {
                    problems.Add(new Problem(Fields[k], CsvTable.Shorten(text, ApplicationCsvReader.MaxQuotedValueLength), ProblemCode.UnreadableValue, expected.ToCode()));
                }

                return value;
            }

            var district = Int(0);
            var year = Int(1);
            var count = Int(2);
            var net = Int(3);
            var growth = Read(4, ApplicationCsvReader.ReadRate, ValueFormat.Rate);
            var statistics = problems.Count == 0 ? new DistrictStatistics(district!.Value, year!.Value, count, net, growth) : null;
            rows.Add(new DistrictStatisticsRow(info.RowNumber, cells[0] ?? string.Empty, cells[1] ?? string.Empty, statistics, [.. problems]));
        }

        return rows;
    }

    /// <inheritdoc/>
    public void Dispose() => _table.Dispose();
}
