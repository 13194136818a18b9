using System.Collections.Immutable;
using System.Globalization;
using ChongqingServicePolicy.Csv.Internal;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;
using NodaTime.Text;

namespace ChongqingServicePolicy.Csv;

/// <summary>
/// Reads applications.csv as CSV-CONTRACT.md lays it out, one row at a time, so that files larger than memory
/// stream. A cell that cannot be read makes its row's <see cref="ApplicationRow.Problems"/>; a file that cannot
/// be read at all raises <see cref="CsvFileException"/>.
/// </summary>
/// <remarks>A reader is for one pass over one file on one thread.</remarks>
public sealed class ApplicationCsvReader : IDisposable
{
    /// <summary>The columns of applications.csv, in the contract's order.</summary>
    public static readonly ImmutableArray<string> Columns =
    [
        "application_id", "measure", "applicant_name", "credit_code", "district_code", "application_date", "subject_id",
        "producer_service", "total_investment_yuan", "approved_investment_yuan", "major_project_approved", "platform_field",
        "cluster_grade", "cluster_tier", "in_cluster", "building_star_rated", "building_tier", "revenue_growth_rate",
        "first_time_top500", "spun_off_from_manufacturer", "annual_revenue_yuan", "event_actual_input_yuan",
        "other_policy_award_yuan", "other_policy_name", "override_amount_yuan", "override_approval_ref",
    ];

    /// <summary>The columns every file must have.</summary>
    public static readonly ImmutableArray<string> RequiredColumns = ["application_id", "measure", "district_code", "application_date"];

    /// <summary>The longest cell value quoted back in a problem; longer ones are shortened with "…".</summary>
    public const int MaxQuotedValueLength = 60;

    private static readonly RecordField[] Fields =
    [
        RecordField.ApplicationId, RecordField.Measure, RecordField.ApplicantName, RecordField.CreditCode, RecordField.DistrictCode,
        RecordField.ApplicationDate, RecordField.SubjectId, RecordField.ProducerService, RecordField.TotalInvestmentYuan,
        RecordField.ApprovedInvestmentYuan, RecordField.MajorProjectApproved, RecordField.PlatformField, RecordField.ClusterGrade,
        RecordField.ClusterTier, RecordField.InCluster, RecordField.BuildingStarRated, RecordField.BuildingTier,
        RecordField.RevenueGrowthRate, RecordField.FirstTimeTop500, RecordField.SpunOffFromManufacturer, RecordField.AnnualRevenueYuan,
        RecordField.EventActualInputYuan, RecordField.OtherPolicyAwardYuan, RecordField.OtherPolicyName, RecordField.OverrideAmountYuan,
        RecordField.OverrideApprovalRef,
    ];

    private readonly CsvTable _table;
    private bool _read;

    private ApplicationCsvReader(CsvTable table) => _table = table;

    /// <summary>The file's path as given.</summary>
    public string Path => _table.Path;

    /// <summary>The file's length in bytes, for progress.</summary>
    public long Length => _table.Length;

    /// <summary>How many bytes have been read so far (approximate: reading is buffered).</summary>
    public long Position => _table.Position;

    /// <summary>Header names that are not contract columns, as written; they are ignored.</summary>
    public IReadOnlyList<string> UnknownColumns => _table.UnknownColumns;

    /// <summary>The encoding the file is read in: <c>utf-8</c>, <c>gb18030</c>, or <c>utf-16</c> when a byte order mark says so.</summary>
    public string EncodingName => _table.EncodingName;

    /// <summary>Rows skipped because every field was blank.</summary>
    public int BlankRows => _table.BlankRows;

    /// <summary>Opens a file and reads its header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding, unless the file starts with a byte order mark.</param>
    /// <returns>The reader, positioned before the first data row.</returns>
    /// <exception cref="CsvFileException">The file cannot be read: missing, empty, not text, or without a required column.</exception>
    public static ApplicationCsvReader Open(string path, CsvEncoding encoding = CsvEncoding.Utf8) =>
        new(CsvTable.Open(path, encoding, Columns, RequiredColumns));

    /// <summary>Reads the data rows, once. Blank rows are skipped and counted in <see cref="BlankRows"/>.</summary>
    /// <returns>The rows in file order.</returns>
    /// <exception cref="CsvFileException">The file turns out unreadable part way (bytes not in its encoding, an unclosed quote).</exception>
    public IEnumerable<ApplicationRow> ReadRows()
    {
        if (_read)
        {
            throw new InvalidOperationException("The rows of a reader can be read once.");
        }

        _read = true;
        return Read();
    }

    /// <inheritdoc/>
    public void Dispose() => _table.Dispose();

    private IEnumerable<ApplicationRow> Read()
    {
        var cells = new string?[Columns.Length];
        var badQuoting = new List<BadQuoting>();
        var problems = new List<Problem>();
        foreach (var info in _table.Rows(cells, badQuoting))
        {
            problems.Clear();
            yield return ReadRow(info, cells, badQuoting, problems, _table.FieldCount);
        }
    }

    private static readonly string QuotedFieldExpected = ValueFormat.QuotedField.ToCode();

    private static ApplicationRow ReadRow(CsvRowInfo info, string?[] cells, List<BadQuoting> badQuoting, List<Problem> problems, int headerFields)
    {
        var id = cells[0] ?? string.Empty;
        var subject = cells[6] ?? id;
        var measureText = cells[1] ?? string.Empty;
        if (info.FieldCount != headerFields)
        {
            problems.Add(new Problem(RecordField.Record, info.FieldCount.ToString(CultureInfo.InvariantCulture), ProblemCode.FieldCount, headerFields.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var bad in badQuoting)
        {
            if (bad.Known >= 0)
            {
                problems.Add(new Problem(Fields[bad.Known], Quote(bad.Raw), ProblemCode.UnreadableValue, QuotedFieldExpected));
                cells[bad.Known] = null;
            }
            else
            {
                // A column the contract does not know: the problem is the record's, naming the column.
                problems.Add(new Problem(RecordField.Record, Quote($"{bad.Column}: {bad.Raw}"), ProblemCode.UnreadableValue, QuotedFieldExpected));
            }
        }

        var reader = new CellReader(cells, problems);
        MeasureId? measure = MeasureIds.TryParse(measureText, out var m) ? m : null;
        if (id.Length == 0)
        {
            problems.Add(new Problem(RecordField.ApplicationId, null, ProblemCode.Required));
        }

        if (measure is null && !IsBad(badQuoting, 1))
        {
            problems.Add(new Problem(RecordField.Measure, measureText.Length == 0 ? null : Quote(measureText), measureText.Length == 0 ? ProblemCode.Required : ProblemCode.UnreadableValue, ValueFormat.Measure.ToCode()));
        }

        var district = reader.Int(4);
        var date = reader.Date(5);
        foreach (var required in (ReadOnlySpan<int>)[4, 5])
        {
            if (cells[required] is null && !IsBad(badQuoting, required))
            {
                problems.Add(new Problem(Fields[required], null, ProblemCode.Required));
            }
        }

        var record = new ApplicationRecord
        {
            ApplicationId = id,
            Measure = measure ?? default,
            ApplicantName = cells[2],
            CreditCode = cells[3],
            DistrictCode = district ?? 0,
            ApplicationDate = date,
            SubjectId = cells[6],
            ProducerService = reader.Flag(7),
            TotalInvestmentYuan = reader.Amount(8),
            ApprovedInvestmentYuan = reader.Amount(9),
            MajorProjectApproved = reader.Flag(10),
            PlatformField = reader.Platform(11),
            ClusterGrade = reader.Grade(12),
            ClusterTier = reader.Int(13),
            InCluster = reader.Flag(14),
            BuildingStarRated = reader.Flag(15),
            BuildingTier = reader.Int(16),
            RevenueGrowthRate = reader.Rate(17),
            FirstTimeTop500 = reader.Flag(18),
            SpunOffFromManufacturer = reader.Flag(19),
            AnnualRevenueYuan = reader.Amount(20),
            EventActualInputYuan = reader.Amount(21),
            OtherPolicyAwardYuan = reader.Amount(22),
            OtherPolicyName = cells[23],
            OverrideAmountYuan = reader.Amount(24),
            OverrideApprovalRef = cells[25],
        };
        return problems.Count == 0
            ? new ApplicationRow(info.RowNumber, info.LineNumber, id, subject, measure!.Value.ToCode(), record, [])
            : new ApplicationRow(info.RowNumber, info.LineNumber, id, subject, measure?.ToCode() ?? measureText, null, [.. problems]) { PartialRecord = record };
    }

    private static string Quote(string text) => CsvTable.Shorten(text, MaxQuotedValueLength);

    private static bool IsBad(List<BadQuoting> badQuoting, int known) => badQuoting.Exists(b => b.Known == known);

    /// <summary>Reads typed cells by the contract's formats, noting each cell that does not read.</summary>
    private readonly struct CellReader(string?[] cells, List<Problem> problems)
    {
        internal decimal? Amount(int k) => Read(k, ReadAmount, ValueFormat.AmountYuan);

        internal bool? Flag(int k) => Read(k, ReadFlag, ValueFormat.Boolean);

        internal int? Int(int k) => Read(k, ReadInt, ValueFormat.WholeNumber);

        internal decimal? Rate(int k) => Read(k, ReadRate, ValueFormat.Rate);

        internal LocalDate? Date(int k) => Read<LocalDate>(k, t => LocalDatePattern.Iso.Parse(t) is { Success: true } r ? r.Value : null, ValueFormat.Date);

        internal PlatformField? Platform(int k) => Read<PlatformField>(k, t => PlatformFields.TryParse(t, out var f) ? f : null, ValueFormat.PlatformField);

        internal ClusterGrade? Grade(int k) => Read<ClusterGrade>(k, t => t.Length == 1 && Enum.TryParse<ClusterGrade>(t, true, out var g) && Enum.IsDefined(g) ? g : null, ValueFormat.ClusterGrade);

        private T? Read<T>(int k, Func<string, T?> parse, ValueFormat expected)
            where T : struct
        {
            var text = cells[k];
            if (text is null)
            {
                return null;
            }

            var value = parse(text);
            if (value is null)
            {
                problems.Add(new Problem(Fields[k], Quote(text), ProblemCode.UnreadableValue, expected.ToCode()));
            }

            return value;
        }
    }

    internal static decimal? ReadAmount(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && Math.Abs(v) < MaxAmountYuan ? v : null;

    /// <summary>
    /// Amounts read are below 10^15 yuan (a thousand trillion), so that the totals of any file fit in a decimal; a cell
    /// beyond that is unreadable rather than an overflow in the summary.
    /// </summary>
    internal const decimal MaxAmountYuan = 1_000_000_000_000_000m;

    internal static int? ReadInt(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    internal static bool? ReadFlag(string text) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "是" => true,
        "false" or "0" or "no" or "否" => false,
        _ => null,
    };

    internal static decimal? ReadRate(string text)
    {
        var percent = text.EndsWith('%');
        var number = percent ? text[..^1].TrimEnd() : text;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return percent ? value / 100m : value;
    }
}
