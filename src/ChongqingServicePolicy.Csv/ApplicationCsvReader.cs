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
        var cells = new RowCells(Columns.Length);
        var badQuoting = new List<BadQuoting>();
        var problems = new List<Problem>();
        while (true)
        {
            cells.Clear();
            if (!_table.Next(cells, badQuoting, out var info))
            {
                yield break;
            }

            problems.Clear();
            yield return ReadRow(info, cells, badQuoting, problems, _table.FieldCount);
        }
    }

    /// <summary>
    /// Splits the next rows into <paramref name="batch"/>, up to its capacity, leaving the reading of their cells to
    /// <see cref="Parse"/>, which may run on another thread. Shares the one pass of <see cref="ReadRows"/>: use one or the other.
    /// </summary>
    /// <returns>How many rows were split; fewer than the capacity only at the end of the file.</returns>
    /// <exception cref="CsvFileException">The file turns out unreadable part way.</exception>
    internal int Split(RowBatch batch)
    {
        var cells = batch.Cells;
        cells.Clear();
        var count = 0;
        while (count < batch.Rows.Length)
        {
            cells.Row = count;
            if (!_table.Next(cells, _badQuoting, out var info))
            {
                break;
            }

            batch.Infos[count] = info;
            batch.BadQuoting[count] = _badQuoting.Count == 0 ? null : [.. _badQuoting];
            count++;
        }

        return count;
    }

    /// <summary>Reads the cells of row <paramref name="index"/> of a batch that <see cref="Split"/> filled.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="index">The row within it.</param>
    /// <param name="problems">A list to collect problems in, reused.</param>
    /// <returns>The row.</returns>
    internal ApplicationRow Parse(RowBatch batch, int index, List<Problem> problems)
    {
        problems.Clear();
        batch.Cells.Row = index;
        return ReadRow(batch.Infos[index], batch.Cells, batch.BadQuoting[index] ?? NoBadQuoting, problems, _table.FieldCount);
    }

    /// <summary>The number of fields in the header, which every row should have.</summary>
    internal int HeaderFields => _table.FieldCount;

    /// <summary>
    /// Reads a row again from the cells <see cref="RowCells.Save"/> kept of it. Only rows without bad quoting are
    /// kept, and they read the same the second time.
    /// </summary>
    /// <param name="saved">The saved cells.</param>
    /// <param name="cells">A buffer for the cells, reused.</param>
    /// <param name="problems">A list to collect problems in, reused.</param>
    /// <param name="headerFields">The number of fields in the file's header (<see cref="HeaderFields"/>).</param>
    /// <returns>The row.</returns>
    internal static ApplicationRow Reread(ReadOnlySpan<byte> saved, RowCells cells, List<Problem> problems, int headerFields)
    {
        problems.Clear();
        var info = cells.Load(saved);
        return ReadRow(info, cells, NoBadQuoting, problems, headerFields);
    }

    private static readonly List<BadQuoting> NoBadQuoting = [];

    private readonly List<BadQuoting> _badQuoting = [];

    private static readonly string QuotedFieldExpected = ValueFormat.QuotedField.ToCode();

    private static ApplicationRow ReadRow(CsvRowInfo info, RowCells cells, List<BadQuoting> badQuoting, List<Problem> problems, int headerFields)
    {
        // The id, subject and measure as written, even when badly quoted: the row is reported under them.
        var id = cells.String(0) ?? string.Empty;
        var subjectText = cells.String(6);
        var subject = subjectText ?? id;
        MeasureId? measure = ReadMeasure(cells.Span(1), out var m) ? m : null;
        var measureText = measure is null ? cells.String(1) ?? string.Empty : null;
        if (info.FieldCount != headerFields)
        {
            problems.Add(new Problem(RecordField.Record, info.FieldCount.ToString(CultureInfo.InvariantCulture), ProblemCode.FieldCount, headerFields.ToString(CultureInfo.InvariantCulture)));
        }

        // Cells of known columns with bad quoting read as absent. The cells themselves are left as they are, so
        // that a row read again reads the same.
        var unreadable = 0u;
        foreach (var bad in badQuoting)
        {
            if (bad.Known >= 0)
            {
                problems.Add(new Problem(Fields[bad.Known], Quote(bad.Raw), ProblemCode.UnreadableValue, QuotedFieldExpected));
                unreadable |= 1u << bad.Known;
            }
            else
            {
                // A column the contract does not know: the problem is the record's, naming the column.
                problems.Add(new Problem(RecordField.Record, Quote($"{bad.Column}: {bad.Raw}"), ProblemCode.UnreadableValue, QuotedFieldExpected));
            }
        }

        var reader = new CellReader(cells, problems, unreadable);
        if (id.Length == 0)
        {
            problems.Add(new Problem(RecordField.ApplicationId, null, ProblemCode.Required));
        }

        if (measure is null && !IsBad(badQuoting, 1))
        {
            problems.Add(new Problem(RecordField.Measure, measureText!.Length == 0 ? null : Quote(measureText), measureText.Length == 0 ? ProblemCode.Required : ProblemCode.UnreadableValue, ValueFormat.Measure.ToCode()));
        }

        var district = reader.Int(4);
        var date = reader.Date(5);
        foreach (var required in (ReadOnlySpan<int>)[4, 5])
        {
            if (cells.IsNull(required) && !IsBad(badQuoting, required))
            {
                problems.Add(new Problem(Fields[required], null, ProblemCode.Required));
            }
        }

        var record = new ApplicationRecord
        {
            ApplicationId = id,
            Measure = measure ?? default,
            ApplicantName = reader.String(2),
            CreditCode = reader.String(3),
            DistrictCode = district ?? 0,
            ApplicationDate = date,
            SubjectId = reader.IsNull(6) ? null : subjectText,
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
            OtherPolicyName = reader.String(23),
            OverrideAmountYuan = reader.Amount(24),
            OverrideApprovalRef = reader.String(25),
        };
        return problems.Count == 0
            ? new ApplicationRow(info.RowNumber, info.LineNumber, id, subject, measure!.Value.ToCode(), record, [])
            : new ApplicationRow(info.RowNumber, info.LineNumber, id, subject, measure?.ToCode() ?? measureText!, null, [.. problems]) { PartialRecord = record };
    }

    private static string Quote(string text) => CsvTable.Shorten(text, MaxQuotedValueLength);

    private static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= MaxQuotedValueLength ? text.ToString() : string.Concat(text[..MaxQuotedValueLength], "…");

    private static bool IsBad(List<BadQuoting> badQuoting, int known)
    {
        foreach (var bad in badQuoting)
        {
            if (bad.Known == known)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The measure, as <see cref="MeasureIds.TryParse(ReadOnlySpan{char}, out MeasureId)"/> reads it; exact codes first.</summary>
    private static bool ReadMeasure(ReadOnlySpan<char> text, out MeasureId measure) =>
        ExactMeasure(text, out measure) || MeasureIds.TryParse(text, out measure);

    /// <summary>
    /// A measure written exactly as its code (<c>1</c>…<c>16</c>, <c>7a</c>…<c>7d</c>, what <see cref="MeasureIds.ToCode"/>
    /// gives), found without a search: the way nearly every cell is written.
    /// </summary>
    internal static bool ExactMeasure(ReadOnlySpan<char> text, out MeasureId measure)
    {
        measure = text switch
        {
            [>= '1' and <= '6'] => (MeasureId)(text[0] - '0'),
            ['8' or '9'] => (MeasureId)(text[0] - '8' + (int)MeasureId.Measure8),
            ['7', >= 'a' and <= 'd'] => (MeasureId)(text[1] - 'a' + (int)MeasureId.Measure7a),
            ['1', >= '0' and <= '6'] => (MeasureId)(text[1] - '0' + (int)MeasureId.Measure10),
            _ => default,
        };
        return measure != default;
    }

    /// <summary>Reads typed cells by the contract's formats, noting each cell that does not read.</summary>
    private readonly struct CellReader(RowCells cells, List<Problem> problems, uint unreadable)
    {
        /// <summary>Whether a cell is absent: blank, missing, or badly quoted.</summary>
        internal bool IsNull(int k) => cells.IsNull(k) || (unreadable & (1u << k)) != 0;

        /// <summary>A text cell, or <see langword="null"/> when absent.</summary>
        internal string? String(int k) => IsNull(k) ? null : cells.String(k);

        internal decimal? Amount(int k)
        {
            if (IsNull(k))
            {
                return null;
            }

            // As ReadAmount: amounts of MaxAmountYuan or more do not read, so that file totals always fit a decimal.
            var text = cells.Span(k);
            return (TryReadPlainAmount(text, out var v) || decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v)) && Math.Abs(v) < MaxAmountYuan
                ? v
                : Unreadable<decimal>(k, ValueFormat.AmountYuan);
        }

        internal bool? Flag(int k)
        {
            if (IsNull(k))
            {
                return null;
            }

            // The usual spellings directly; any other through the general reading, which folds case.
            var text = cells.Span(k);
            bool? flag = text switch
            {
                "true" or "1" or "yes" or "是" => true,
                "false" or "0" or "no" or "否" => false,
                _ => ReadFlag(text.ToString()),
            };
            return flag ?? Unreadable<bool>(k, ValueFormat.Boolean);
        }

        internal int? Int(int k)
        {
            if (IsNull(k))
            {
                return null;
            }

            var text = cells.Span(k);
            return TryReadPlainInt(text, out var v) || int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v)
                ? v
                : Unreadable<int>(k, ValueFormat.WholeNumber);
        }

        internal decimal? Rate(int k) => IsNull(k) ? null : ReadRate(cells.Span(k)) ?? Unreadable<decimal>(k, ValueFormat.Rate);

        internal LocalDate? Date(int k) => IsNull(k) ? null : ReadDate(cells.Span(k)) ?? Unreadable<LocalDate>(k, ValueFormat.Date);

        internal PlatformField? Platform(int k) =>
            IsNull(k) ? null
            : PlatformFields.TryParse(cells.String(k), out var f) ? f
            : Unreadable<PlatformField>(k, ValueFormat.PlatformField);

        internal ClusterGrade? Grade(int k)
        {
            if (IsNull(k))
            {
                return null;
            }

            var t = cells.Span(k);
            return t.Length == 1 && Enum.TryParse<ClusterGrade>(t, true, out var g) && Enum.IsDefined(g) ? g : Unreadable<ClusterGrade>(k, ValueFormat.ClusterGrade);
        }

        private T? Unreadable<T>(int k, ValueFormat expected)
            where T : struct
        {
            problems.Add(new Problem(Fields[k], Quote(cells.Span(k)), ProblemCode.UnreadableValue, expected.ToCode()));
            return null;
        }
    }

    /// <summary>A date as <see cref="LocalDatePattern.Iso"/> reads it: <c>yyyy-MM-dd</c> directly, anything else through the pattern.</summary>
    internal static LocalDate? ReadDate(ReadOnlySpan<char> text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' &&
            TryDigits(text[..4], out var year) && TryDigits(text.Slice(5, 2), out var month) && TryDigits(text.Slice(8, 2), out var day) &&
            year >= 1 && month is >= 1 and <= 12 && day >= 1 && (day <= 28 || day <= CalendarSystem.Iso.GetDaysInMonth(year, month)))
        {
            return new LocalDate(year, month, day);
        }

        return LocalDatePattern.Iso.Parse(text.ToString()) is { Success: true } r ? r.Value : null;
    }

    /// <summary>
    /// A whole number written as one to nine ASCII digits, read without the general parser: the value
    /// <see cref="int.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out int)"/> gives. Anything else
    /// (a sign, ten digits or more) is left to that parser.
    /// </summary>
    internal static bool TryReadPlainInt(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        return text.Length is >= 1 and <= 9 && TryDigits(text, out value);
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>
    /// An amount written plainly (digits, at most one decimal point, at most 18 digits, no sign), read without the
    /// general parser: the same value and scale <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>
    /// gives (<c>1.50</c> keeps its two decimals). Anything else is left to that parser.
    /// </summary>
    internal static bool TryReadPlainAmount(ReadOnlySpan<char> text, out decimal value)
    {
        value = default;
        ulong digits = 0;
        var count = 0;
        var scale = -1;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++count > 18)
                {
                    return false;
                }

                digits = (digits * 10) + (uint)(c - '0');
                scale += scale >= 0 ? 1 : 0;
            }
            else if (c == '.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (count == 0)
        {
            return false;
        }

        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, false, (byte)Math.Max(scale, 0));
        return true;
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

    internal static decimal? ReadRate(string text) => ReadRate(text.AsSpan());

    internal static decimal? ReadRate(ReadOnlySpan<char> text)
    {
        var percent = text.Length > 0 && text[^1] == '%';
        var number = percent ? text[..^1].TrimEnd() : text;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return percent ? value / 100m : value;
    }
}
