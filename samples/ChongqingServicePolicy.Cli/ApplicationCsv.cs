using System.Globalization;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;
using NodaTime.Text;
using nietras.SeparatedValues;

namespace ChongqingServicePolicy.Cli;

/// <summary>Reads applications.csv (shared/policy/CSV-CONTRACT.md) into records, or into the problems that stop a row being read.</summary>
internal static class ApplicationCsv
{
    internal static readonly string[] RequiredColumns = ["application_id", "measure", "district_code", "application_date"];

    /// <summary>One row: the record when every cell reads, and the problems of the cells that do not.</summary>
    internal sealed record Row(int LineNumber, string ApplicationId, string SubjectId, string MeasureText, ApplicationRecord? Record, IReadOnlyList<Problem> Problems);

    internal static IEnumerable<Row> Read(SepReader reader)
    {
        var header = reader.Header;
        var present = header.ColNames.ToDictionary(n => n.Trim().ToLowerInvariant(), n => n, StringComparer.Ordinal);
        foreach (var required in RequiredColumns)
        {
            if (!present.ContainsKey(required))
            {
                throw new InvalidDataException($"required column '{required}' is missing from the header");
            }
        }

        var line = 1;
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            line++;
            cells.Clear();
            foreach (var (column, name) in present)
            {
                cells[column] = row[name].ToString().Trim();
            }

            yield return ReadRow(line, cells);
        }
    }

    private static Row ReadRow(int line, Dictionary<string, string> cells)
    {
        {
            var problems = new List<Problem>();
            string? Cell(string column) =>
                cells.TryGetValue(column, out var text) && text.Length > 0 ? text : null;

            T? Parse<T>(string column, RecordField field, Func<string, T?> parse, string expected)
                where T : struct
            {
                var text = Cell(column);
                if (text is null)
                {
                    return null;
                }

                var value = parse(text);
                if (value is null)
                {
                    problems.Add(new Problem(field, text, ProblemCode.UnreadableValue, expected));
                }

                return value;
            }

            decimal? Amount(string c, RecordField f) => Parse(c, f, t => decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null, "a plain decimal amount such as 1234567.89");
            bool? Flag(string c, RecordField f) => Parse(c, f, ParseBool, "true/false, 1/0, yes/no or 是/否");
            int? Int(string c, RecordField f) => Parse(c, f, t => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (int?)null, "a whole number");
            decimal? Rate(string c, RecordField f) => Parse(c, f, ParseRate, "a fraction such as 0.15 or a percentage such as 15%");

            var id = Cell("application_id") ?? string.Empty;
            var subject = Cell("subject_id") ?? id;
            var measureText = Cell("measure") ?? string.Empty;
            MeasureId? measure = MeasureIds.TryParse(measureText, out var m) ? m : null;
            if (measure is null)
            {
                problems.Add(new Problem(RecordField.Measure, measureText, measureText.Length == 0 ? ProblemCode.Required : ProblemCode.UnreadableValue, "1…16, 7a…7d"));
            }

            if (id.Length == 0)
            {
                problems.Add(new Problem(RecordField.ApplicationId, null, ProblemCode.Required));
            }

            var district = Int("district_code", RecordField.DistrictCode);
            if (Cell("district_code") is null)
            {
                problems.Add(new Problem(RecordField.DistrictCode, null, ProblemCode.Required));
            }

            var date = Parse("application_date", RecordField.ApplicationDate, t => LocalDatePattern.Iso.Parse(t) is { Success: true } r ? r.Value : (LocalDate?)null, "a date yyyy-MM-dd");
            if (Cell("application_date") is null)
            {
                problems.Add(new Problem(RecordField.ApplicationDate, null, ProblemCode.Required));
            }

            var platform = Parse("platform_field", RecordField.PlatformField, t => PlatformFields.TryParse(t, out var f) ? f : (PlatformField?)null, "one of the eight field codes or Chinese names");
            var grade = Parse("cluster_grade", RecordField.ClusterGrade, t => Enum.TryParse<ClusterGrade>(t, true, out var g) && Enum.IsDefined(g) && t.Length == 1 ? g : (ClusterGrade?)null, "A, B, C or D");
            var record = new ApplicationRecord
            {
                ApplicationId = id,
                Measure = measure ?? MeasureId.Measure1,
                ApplicantName = Cell("applicant_name"),
                CreditCode = Cell("credit_code"),
                DistrictCode = district ?? 0,
                ApplicationDate = date,
                SubjectId = Cell("subject_id"),
                ProducerService = Flag("producer_service", RecordField.ProducerService),
                TotalInvestmentYuan = Amount("total_investment_yuan", RecordField.TotalInvestmentYuan),
                ApprovedInvestmentYuan = Amount("approved_investment_yuan", RecordField.ApprovedInvestmentYuan),
                MajorProjectApproved = Flag("major_project_approved", RecordField.MajorProjectApproved),
                PlatformField = platform,
                ClusterGrade = grade,
                ClusterTier = Int("cluster_tier", RecordField.ClusterTier),
                InCluster = Flag("in_cluster", RecordField.InCluster),
                BuildingStarRated = Flag("building_star_rated", RecordField.BuildingStarRated),
                BuildingTier = Int("building_tier", RecordField.BuildingTier),
                RevenueGrowthRate = Rate("revenue_growth_rate", RecordField.RevenueGrowthRate),
                FirstTimeTop500 = Flag("first_time_top500", RecordField.FirstTimeTop500),
                SpunOffFromManufacturer = Flag("spun_off_from_manufacturer", RecordField.SpunOffFromManufacturer),
                AnnualRevenueYuan = Amount("annual_revenue_yuan", RecordField.AnnualRevenueYuan),
                EventActualInputYuan = Amount("event_actual_input_yuan", RecordField.EventActualInputYuan),
                OtherPolicyAwardYuan = Amount("other_policy_award_yuan", RecordField.OtherPolicyAwardYuan),
                OtherPolicyName = Cell("other_policy_name"),
                OverrideAmountYuan = Amount("override_amount_yuan", RecordField.OverrideAmountYuan),
                OverrideApprovalRef = Cell("override_approval_ref"),
            };
            return new Row(line, id, subject, measure?.ToCode() ?? measureText, problems.Count == 0 ? record : null, problems);
        }
    }

    private static bool? ParseBool(string text) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "是" => true,
        "false" or "0" or "no" or "否" => false,
        _ => null,
    };

    private static decimal? ParseRate(string text)
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
