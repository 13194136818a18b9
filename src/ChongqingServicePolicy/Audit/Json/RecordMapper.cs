using System.Collections.Immutable;
using System.Globalization;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;
using NodaTime;

namespace ChongqingServicePolicy.Audit.Json;

/// <summary>
/// Converts between the library's types and the record's JSON shape. Reading checks every value and names the
/// path of the first that is missing or cannot be so.
/// </summary>
internal static class RecordMapper
{
    private static readonly CodeTable<ClusterGrade> Grades = new(g => g switch
    {
        ClusterGrade.A => "A",
        ClusterGrade.B => "B",
        ClusterGrade.C => "C",
        ClusterGrade.D => "D",
        _ => throw new ArgumentOutOfRangeException(nameof(g)), // never: the table is built from the defined grades
    });

    internal static InputJson ToJson(ApplicationRecord input) => new()
    {
        ApplicationId = input.ApplicationId,
        Measure = MeasureIds.Table.Format(input.Measure),
        ApplicantName = input.ApplicantName,
        CreditCode = input.CreditCode,
        DistrictCode = input.DistrictCode,
        ApplicationDate = input.ApplicationDate,
        SubjectId = input.SubjectId,
        ProducerService = input.ProducerService,
        TotalInvestmentYuan = input.TotalInvestmentYuan,
        ApprovedInvestmentYuan = input.ApprovedInvestmentYuan,
        MajorProjectApproved = input.MajorProjectApproved,
        PlatformField = input.PlatformField is { } field ? PlatformFields.Table.Format(field) : null,
        ClusterGrade = input.ClusterGrade is { } grade ? Grades.Format(grade) : null,
        ClusterTier = input.ClusterTier,
        InCluster = input.InCluster,
        BuildingStarRated = input.BuildingStarRated,
        BuildingTier = input.BuildingTier,
        RevenueGrowthRate = input.RevenueGrowthRate,
        FirstTimeTop500 = input.FirstTimeTop500,
        SpunOffFromManufacturer = input.SpunOffFromManufacturer,
        AnnualRevenueYuan = input.AnnualRevenueYuan,
        EventActualInputYuan = input.EventActualInputYuan,
        OtherPolicyAwardYuan = input.OtherPolicyAwardYuan,
        OtherPolicyName = input.OtherPolicyName,
        OverrideAmountYuan = input.OverrideAmountYuan,
        OverrideApprovalRef = input.OverrideApprovalRef,
    };

    internal static DecisionJson ToJson(Decision decision)
    {
        var trace = new List<TraceStepJson?>(decision.Trace.Length);
        foreach (var step in decision.Trace)
        {
            trace.Add(ToJson(step));
        }

        var problems = new List<ProblemJson?>(decision.Problems.Length);
        foreach (var problem in decision.Problems)
        {
            problems.Add(new ProblemJson
            {
                Field = RecordFields.Table.Format(problem.Field),
                Value = problem.Value,
                Code = ProblemCodes.Table.Format(problem.Code),
                Expected = problem.Expected,
            });
        }

        return new DecisionJson
        {
            ApplicationId = decision.ApplicationId,
            SubjectId = decision.SubjectId,
            Measure = MeasureIds.Table.Format(decision.Measure),
            Date = decision.Date,
            Outcome = Outcomes.Table.Format(decision.Outcome),
            AwardYuan = decision.AwardYuan,
            PayableYuan = decision.PayableYuan,
            AwardReason = ReasonCodes.Table.Format(decision.AwardReason),
            Reason = ReasonCodes.Table.Format(decision.Reason),
            Trace = trace,
            Problems = problems,
            NonDuplication = decision.NonDuplication is { } nd ? ToJson(nd) : null,
        };
    }

    internal static TraceStepJson ToJson(TraceStep step) => new()
    {
        Code = TraceCodes.Table.Format(step.Code),
        Clause = PolicyClauses.Table.Format(step.Clause),
        Field = RecordFields.Table.Format(step.Field),
        Comparison = TraceComparisons.Table.Format(step.Comparison),
        Passed = step.Passed,
        Binding = step.IsBinding,
        Values = new TraceValuesJson { Left = ToJson(step.Left), Right = ToJson(step.Right), Result = ToJson(step.Result) },
        Text = step.Text,
    };

    internal static TraceValueJson? ToJson(TraceValue value) =>
        value.Unit == ValueUnit.None && value.Number == 0m
            ? null
            : new TraceValueJson { Unit = ValueUnits.Table.Format(value.Unit), Number = value.Number };

    internal static NonDuplicationJson ToJson(NonDuplication nd)
    {
        var compared = new List<ComparedJson?>(nd.Compared.Length);
        foreach (var c in nd.Compared)
        {
            compared.Add(new ComparedJson { ApplicationId = c.ApplicationId, Measure = MeasureIds.Table.Format(c.Measure), AwardYuan = c.AwardYuan, Date = c.Date });
        }

        return new NonDuplicationJson
        {
            SubjectId = nd.SubjectId,
            Suppression = SuppressionKinds.Table.Format(nd.Suppression),
            WinnerApplicationId = nd.WinnerApplicationId,
            WinnerMeasure = MeasureIds.Table.Format(nd.WinnerMeasure),
            WinnerAwardYuan = nd.WinnerAwardYuan,
            OtherPolicyAwardYuan = nd.OtherPolicyAwardYuan,
            OtherPolicyName = nd.OtherPolicyName,
            Compared = compared,
        };
    }

    internal static ApplicationRecord ReadInput(InputJson? json, string path)
    {
        var j = Required(json, path);
        return new ApplicationRecord
        {
            ApplicationId = Required(j.ApplicationId, path + ".application_id"),
            Measure = Code(MeasureIds.Table, Required(j.Measure, path + ".measure"), path + ".measure"),
            ApplicantName = j.ApplicantName,
            CreditCode = j.CreditCode,
            DistrictCode = Required(j.DistrictCode, path + ".district_code"),
            ApplicationDate = j.ApplicationDate,
            SubjectId = j.SubjectId,
            ProducerService = j.ProducerService,
            TotalInvestmentYuan = j.TotalInvestmentYuan,
            ApprovedInvestmentYuan = j.ApprovedInvestmentYuan,
            MajorProjectApproved = j.MajorProjectApproved,
            PlatformField = j.PlatformField is { } field ? Code(PlatformFields.Table, field, path + ".platform_field") : null,
            ClusterGrade = j.ClusterGrade is { } grade ? Code(Grades, grade, path + ".cluster_grade") : null,
            ClusterTier = j.ClusterTier,
            InCluster = j.InCluster,
            BuildingStarRated = j.BuildingStarRated,
            BuildingTier = j.BuildingTier,
            RevenueGrowthRate = j.RevenueGrowthRate,
            FirstTimeTop500 = j.FirstTimeTop500,
            SpunOffFromManufacturer = j.SpunOffFromManufacturer,
            AnnualRevenueYuan = j.AnnualRevenueYuan,
            EventActualInputYuan = j.EventActualInputYuan,
            OtherPolicyAwardYuan = j.OtherPolicyAwardYuan,
            OtherPolicyName = j.OtherPolicyName,
            OverrideAmountYuan = j.OverrideAmountYuan,
            OverrideApprovalRef = j.OverrideApprovalRef,
        };
    }

    internal static Decision ReadDecision(DecisionJson? json, string path, MeasureCatalogue catalogue)
    {
        var j = Required(json, path);
        var measure = Code(MeasureIds.Table, Required(j.Measure, path + ".measure"), path + ".measure");
        var outcome = Code(Outcomes.Table, Required(j.Outcome, path + ".outcome"), path + ".outcome");
        var award = Required(j.AwardYuan, path + ".award_yuan");
        var payable = Required(j.PayableYuan, path + ".payable_yuan");
        if (award < 0m)
        {
            throw Invalid(path + ".award_yuan", $"an award cannot be negative, got {Show(award)}");
        }

        if (payable < 0m || payable > award)
        {
            throw Invalid(path + ".payable_yuan", $"must lie between 0 and the award {Show(award)}, got {Show(payable)}");
        }

        if (payable != 0m && outcome != Outcome.Eligible)
        {
            throw Invalid(path + ".payable_yuan", $"only an Eligible decision has an amount payable, got {Show(payable)} for {Outcomes.Table.Format(outcome)}");
        }

        var traceJson = Required(j.Trace, path + ".trace");
        var trace = ImmutableArray.CreateBuilder<TraceStep>(traceJson.Count);
        for (var i = 0; i < traceJson.Count; i++)
        {
            trace.Add(ReadStep(traceJson[i], $"{path}.trace[{i}]"));
        }

        var problemsJson = Required(j.Problems, path + ".problems");
        var problems = ImmutableArray.CreateBuilder<Problem>(problemsJson.Count);
        for (var i = 0; i < problemsJson.Count; i++)
        {
            var p = Required(problemsJson[i], $"{path}.problems[{i}]");
            problems.Add(new Problem(
                Code(RecordFields.Table, Required(p.Field, $"{path}.problems[{i}].field"), $"{path}.problems[{i}].field"),
                p.Value,
                Code(ProblemCodes.Table, Required(p.Code, $"{path}.problems[{i}].code"), $"{path}.problems[{i}].code"),
                p.Expected));
        }

        return Decision.Restore(
            Required(j.ApplicationId, path + ".application_id"),
            Required(j.SubjectId, path + ".subject_id"),
            measure,
            Required(j.Date, path + ".date"),
            outcome,
            award,
            payable,
            Code(ReasonCodes.Table, Required(j.AwardReason, path + ".award_reason"), path + ".award_reason"),
            Code(ReasonCodes.Table, Required(j.Reason, path + ".reason"), path + ".reason"),
            trace.MoveToImmutable(),
            problems.MoveToImmutable(),
            j.NonDuplication is { } nd ? ReadNonDuplication(nd, path + ".non_duplication") : null,
            measure.IsDefined() ? catalogue.Get(measure) : null);
    }

    internal static TraceStep ReadStep(TraceStepJson? json, string path)
    {
        var j = Required(json, path);
        var code = Code(TraceCodes.Table, Required(j.Code, path + ".code"), path + ".code");
        var values = Required(j.Values, path + ".values");
        var step = new TraceStep(
            code,
            Code(PolicyClauses.Table, Required(j.Clause, path + ".clause"), path + ".clause"),
            Code(RecordFields.Table, Required(j.Field, path + ".field"), path + ".field"),
            Required(j.Passed, path + ".passed"),
            Required(j.Binding, path + ".binding"),
            ReadValue(values.Left, path + ".values.left"),
            ReadValue(values.Right, path + ".values.right"),
            ReadValue(values.Result, path + ".values.result"),
            j.Text);
        var comparison = Code(TraceComparisons.Table, Required(j.Comparison, path + ".comparison"), path + ".comparison");
        if (comparison != step.Comparison)
        {
            throw Invalid(path + ".comparison", $"a {TraceCodes.Table.Format(code)} step compares by {TraceComparisons.Table.Format(step.Comparison)}, got {TraceComparisons.Table.Format(comparison)}");
        }

        return step;
    }

    private static TraceValue ReadValue(TraceValueJson? json, string path)
    {
        if (json is null)
        {
            return TraceValue.Empty;
        }

        var unit = Code(ValueUnits.Table, Required(json.Unit, path + ".unit"), path + ".unit");
        var number = Required(json.Number, path + ".number");
        var ok = unit switch
        {
            ValueUnit.Date => IsDate(number),
            ValueUnit.Flag => number is 0m or 1m,
            ValueUnit.Grade => Enum.GetValues<ClusterGrade>().Any(g => (byte)g == number),
            ValueUnit.PlatformField => Enum.GetValues<PlatformField>().Any(f => (byte)f == number),
            _ => true,
        };
        return ok ? new TraceValue(number, unit) : throw Invalid(path + ".number", $"is not a {ValueUnits.Table.Format(unit)} value: {Show(number)}");
    }

    private static bool IsDate(decimal number)
    {
        if (!decimal.IsInteger(number) || number < 1_01_01m || number > 9999_12_31m)
        {
            return false;
        }

        var n = (int)number;
        var (year, month, day) = (n / 10_000, n / 100 % 100, n % 100);
        return month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
    }

    private static NonDuplication ReadNonDuplication(NonDuplicationJson j, string path)
    {
        var comparedJson = Required(j.Compared, path + ".compared");
        var compared = ImmutableArray.CreateBuilder<ComparedApplication>(comparedJson.Count);
        var ids = ImmutableArray.CreateBuilder<string>(comparedJson.Count);
        for (var i = 0; i < comparedJson.Count; i++)
        {
            var at = $"{path}.compared[{i}]";
            var c = Required(comparedJson[i], at);
            var id = Required(c.ApplicationId, at + ".application_id");
            compared.Add(new ComparedApplication(
                id,
                Code(MeasureIds.Table, Required(c.Measure, at + ".measure"), at + ".measure"),
                Required(c.AwardYuan, at + ".award_yuan"),
                Required(c.Date, at + ".date")));
            ids.Add(id);
        }

        return new NonDuplication(
            Required(j.SubjectId, path + ".subject_id"),
            ids.MoveToImmutable(),
            Required(j.WinnerApplicationId, path + ".winner_application_id"),
            Code(MeasureIds.Table, Required(j.WinnerMeasure, path + ".winner_measure"), path + ".winner_measure"),
            Required(j.WinnerAwardYuan, path + ".winner_award_yuan"),
            j.OtherPolicyAwardYuan,
            j.OtherPolicyName,
            Code(SuppressionKinds.Table, Required(j.Suppression, path + ".suppression"), path + ".suppression"))
        {
            Compared = compared.MoveToImmutable(),
        };
    }

    internal static T Required<T>(T? value, string path)
        where T : class =>
        value ?? throw new DecisionRecordException(DecisionRecordError.Malformed, path, "is required");

    internal static T Required<T>(T? value, string path)
        where T : struct =>
        value ?? throw new DecisionRecordException(DecisionRecordError.Malformed, path, "is required");

    internal static DecisionRecordException Invalid(string path, string message) =>
        new(DecisionRecordError.InvalidValue, path, message);

    private static T Code<T>(CodeTable<T> table, string text, string path)
        where T : struct, Enum =>
        table.TryParseFormatted(text, out var value) ? value : throw Invalid(path, $"unknown code \"{text}\"");

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
