using System.Runtime.CompilerServices;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;
using ChongqingServicePolicy.Parameters;
using NodaTime;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// One measure of the policy as an immutable rule. <see cref="Evaluate(ApplicationRecord, LocalDate)"/> decides one
/// application in a fixed order that every measure shares:
/// <list type="number">
/// <item>check the record: the fields every record carries, then the measure's own facts; every problem found makes the decision <see cref="Outcome.Invalid"/>;</item>
/// <item>rule X1: an application dated outside the policy's validity is <see cref="Outcome.NotApplicable"/>;</item>
/// <item>the measure's own conditions and ceilings, each recorded as a trace step;</item>
/// <item>rule X6: an approved discretionary amount replaces the default ceiling, where the measure allows one;</item>
/// <item>rule X4: the ceiling is rounded down to the rounding unit. This is the only place money is rounded.</item>
/// </list>
/// </summary>
/// <remarks>Rules are immutable and safe to use from many threads at once.</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public abstract class MeasureRule
{
    private readonly bool _creditCodeRequired;
    private readonly bool _overridePermitted;

    // Rule X1's window as yyyyMMdd numbers, which order dates of its calendar as LocalDate does, and rule X4's unit.
    private readonly int _validFromKey;
    private readonly int _validToKey;
    private readonly CalendarSystem _calendar;
    private readonly decimal _roundingUnitYuan;
    private readonly bool _roundsToFen;
    private readonly PolicyClause _clause;

    // Rule X1's and rule X4's steps with their parameters packed (a decision adds the date, the ceiling and the award).
    private readonly TraceStep.Template _validityStep;
    private readonly TraceStep.Template _roundingStep;

    private protected MeasureRule(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
    {
        Info = Preconditions.CheckNotNull(info, nameof(info));
        Parameters = Preconditions.CheckNotNull(parameters, nameof(parameters));
        Districts = Preconditions.CheckNotNull(districts, nameof(districts));
        _creditCodeRequired = parameters.General.CreditCodeRequiredMeasures.Contains(info.Id);
        _overridePermitted = parameters.General.OverrideMeasures.Contains(info.Id);
        _validFromKey = DateKey(parameters.General.ValidFrom);
        _validToKey = DateKey(parameters.General.ValidTo);
        _calendar = parameters.General.ValidFrom.Calendar;
        _roundingUnitYuan = parameters.General.RoundingUnitYuan;
        _roundsToFen = _roundingUnitYuan == 0.01m;
        _clause = info.Id.ForMeasure();
        _validityStep = new(TraceCode.ValidityWindow, PolicyClause.Validity, RecordField.ApplicationDate, TraceValue.Of(0m, ValueUnit.Date), TraceValue.Date(parameters.General.ValidFrom), TraceValue.Date(parameters.General.ValidTo));
        _roundingStep = new(TraceCode.Rounding, PolicyClause.Rounding, RecordField.Record, TraceValue.Yuan(0m), TraceValue.Yuan(parameters.General.RoundingUnitYuan), TraceValue.Yuan(0m));
    }

    /// <summary>The measure this rule decides.</summary>
    public MeasureId Measure => Info.Id;

    /// <summary>What the policy text says about the measure.</summary>
    public MeasureInfo Info { get; }

    /// <summary>The parameter set the rule applies.</summary>
    public PolicyParameters Parameters { get; }

    /// <summary>The registry the rule checks district codes against.</summary>
    public DistrictRegistry Districts { get; }

    /// <summary>The clause of this measure, for trace steps.</summary>
    private protected PolicyClause Clause => _clause;

    /// <summary>
    /// Decides one application. This does not apply 就高不重复; <see cref="PolicyEngine"/> does, over a batch.
    /// </summary>
    /// <param name="record">The application.</param>
    /// <param name="today">The date to decide as of when the record gives no application date.</param>
    /// <returns>The decision, with award and payable equal.</returns>
    public Decision Evaluate(ApplicationRecord record, LocalDate today)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        Unsafe.SkipInit(out TraceBuilder.StepBuffer buffer);
        var trace = new TraceBuilder(buffer);
        var problems = default(ProblemList);
        var date = record.ApplicationDate ?? today;
        if (record.ApplicationDate is null)
        {
            trace.Add(TraceCode.DateFromClock, PolicyClause.Validity, RecordField.ApplicationDate, true, false, TraceValue.Date(date));
        }

        var district = CheckCommonFields(record, date, ref problems);
        if (record.Measure != Measure)
        {
            problems.Add(RecordField.Measure, record.Measure.IsDefined() ? record.Measure.ToCode() : ((int)record.Measure).ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.UndefinedValue, Measure.ToCode());
        }

        ValidateFacts(record, ref problems);
        if (problems.Any)
        {
            return Decision.Create(record, Info, date, Outcome.Invalid, 0m, ReasonCode.InvalidInput, trace.ToImmutable(), problems.ToArray());
        }

        var validity = Parameters.General;
        var inForce = IsInForce(date);
        trace.Add(in _validityStep, inForce, false, TraceValue.Date(date).Number, 0m, 0m);
        if (!inForce)
        {
            return Decision.Create(record, Info, date, Outcome.NotApplicable, 0m, ReasonCode.OutsideValidity, trace.ToImmutable(), null);
        }

        if (district.Status == DistrictStatus.Transitional)
        {
            trace.Add(
                TraceCode.DistrictTransition, PolicyClause.DistrictRegistry, RecordField.DistrictCode, true, false,
                TraceValue.Of(record.DistrictCode, ValueUnit.DistrictCode),
                TraceValue.Of(district.Successor!.Code, ValueUnit.DistrictCode),
                TraceValue.Date(validity.LegacyDistrictCodesAcceptedUntil!.Value));
        }

        var result = Decide(record, ref trace);
        var award = 0m;
        var reason = result.Reason;
        if (result.Outcome == Outcome.Eligible || (result.Outcome == Outcome.NeedsReview && result.CeilingYuan > 0m))
        {
            var ceiling = result.CeilingYuan;
            if (record.OverrideAmountYuan is { } amount)
            {
                var applied = result.Outcome == Outcome.Eligible;
                AddOverride(ref trace, applied, ceiling, amount, record.OverrideApprovalRef);
                if (applied)
                {
                    ceiling = amount;
                    reason = ReasonCode.OverrideApplied;
                }
            }

            // To the fen, the default unit, FloorToFen gives what RoundDown does, mostly without decimal arithmetic.
            if (_roundsToFen)
            {
                award = ScaledDecimal.FloorToFen(ceiling);
            }
            else
            {
                award = RoundDown(ceiling, _roundingUnitYuan);
            }

            trace.Add(in _roundingStep, true, false, ceiling, 0m, award);
        }
        else if (record.OverrideAmountYuan is { } ignored)
        {
            AddOverride(ref trace, false, 0m, ignored, record.OverrideApprovalRef);
        }

        return Decision.Create(record, Info, date, result.Outcome, award, reason, trace.ToImmutable(), null);
    }

    /// <summary>
    /// Rule X6's step, which carries the approval reference; apart, so that the decision path holds no temporary step
    /// with a reference to clear when there is no override.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOverride(ref TraceBuilder trace, bool applied, decimal ceiling, decimal amount, string? approval) =>
        trace.Add(new TraceStep(TraceCode.OverrideApplied, PolicyClause.Discretion, RecordField.OverrideAmountYuan, applied, applied, TraceValue.Yuan(ceiling), TraceValue.Yuan(amount), default, approval));

    /// <summary>Rounds an amount down (toward zero) to a multiple of the unit: rule X4.</summary>
    /// <param name="amount">The amount, not negative.</param>
    /// <param name="unit">The rounding unit in yuan.</param>
    /// <returns>The rounded amount.</returns>
    /// <remarks>
    /// <see cref="Evaluate(ApplicationRecord, LocalDate)"/> rounds to a unit of one fen by <see cref="ScaledDecimal.FloorToFen"/>,
    /// which gives the same amounts; this method is the reference a property test compares it with.
    /// </remarks>
    internal static decimal RoundDown(decimal amount, decimal unit) => unit switch
    {
        // Adding 0.00m keeps two decimal places in the result, so amounts always print as fen.
        0.01m => decimal.Round(amount, 2, MidpointRounding.ToNegativeInfinity) + 0.00m,
        1m => decimal.Floor(amount),
        _ => decimal.Floor(amount / unit) * unit,
    };

    /// <summary>
    /// A date as the number yyyyMMdd (year × 10,000 + month × 100 + day), which orders dates of one calendar as
    /// <see cref="LocalDate"/> does, before year 1 too.
    /// </summary>
    private static int DateKey(LocalDate date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    /// <summary>
    /// Rule X1: <see cref="GeneralParameters.IsInForceOn(LocalDate)"/>, comparing numbers. The window's two dates are of
    /// one calendar (NodaTime refuses to compare them otherwise, so such parameters are refused when loaded).
    /// </summary>
    private bool IsInForce(LocalDate date)
    {
        if (date.Calendar != _calendar)
        {
            ThrowOtherCalendar(date, _calendar);
        }

        var key = DateKey(date);
        return key >= _validFromKey && key <= _validToKey;
    }

    /// <summary>Dates of different calendars cannot be compared: NodaTime refuses, and so does rule X1.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowOtherCalendar(LocalDate date, CalendarSystem calendar) =>
        throw new ArgumentException(
            $"The date {date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} is of the {date.Calendar.Id} calendar and the policy's validity of the {calendar.Id} calendar; dates of different calendars cannot be compared.");

    /// <summary>Checks the facts this measure needs, adding every problem found.</summary>
    private protected abstract void ValidateFacts(ApplicationRecord record, ref ProblemList problems);

    /// <summary>Applies the measure's conditions and ceilings to a valid record dated within the policy's validity.</summary>
    private protected abstract RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace);

    /// <summary>
    /// Adds what would make a record below an amount threshold eligible: the smallest amount that qualifies and how far
    /// the record's amount is from it. Kept out of line: a step built in a rule's ineligible branch makes the usual,
    /// eligible path slower (a larger frame to clear on every call).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private protected void AddEligibleFrom(ref TraceBuilder trace, RecordField field, decimal amount, in FenAmount from)
    {
        if (from.HasValue)
        {
            trace.Add(TraceCode.EligibleFrom, Clause, field, false, false, TraceValue.Yuan(amount), from.Value, TraceValue.Yuan(from.DistanceFrom(amount, out _)));
        }
    }

    /// <summary>Adds a step for a yes/no fact the clause requires and returns the fact.</summary>
    private protected bool RequireFlag(ref TraceBuilder trace, RecordField field, bool value)
    {
        trace.Add(TraceCode.FlagRequired, Clause, field, value, false, TraceValue.Flag(value));
        return value;
    }

    /// <summary>The measures that take an override, as codes separated by commas, for the problem that names them.</summary>
    private string OverrideMeasureCodes()
    {
        var codes = new List<string>();
        foreach (var measure in Parameters.General.OverrideMeasures)
        {
            codes.Add(measure.ToCode());
        }

        return string.Join(",", codes);
    }

    private static string DistrictCode(ApplicationRecord record) => record.DistrictCode.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Refuses an id holding a character that cannot be seen (see <see cref="Identifiers"/>).</summary>
    private static void CheckIdentifier(string id, RecordField field, ref ProblemList problems)
    {
        var at = Identifiers.FindHidden(id);
        if (at >= 0)
        {
            AddHidden(id, field, at, ref problems);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddHidden(string id, RecordField field, int at, ref ProblemList problems) =>
        problems.Add(field, id, ProblemCode.HiddenCharacter, Identifiers.Name(id[at]));

    private DistrictCheck CheckCommonFields(ApplicationRecord record, LocalDate date, ref ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(record.ApplicationId))
        {
            problems.Add(RecordField.ApplicationId, string.IsNullOrEmpty(record.ApplicationId) ? null : record.ApplicationId, ProblemCode.Required);
        }
        else
        {
            CheckIdentifier(record.ApplicationId, RecordField.ApplicationId, ref problems);
        }

        if (!string.IsNullOrEmpty(record.SubjectId))
        {
            CheckIdentifier(record.SubjectId, RecordField.SubjectId, ref problems);
        }

        var general = Parameters.General;
        var district = Districts.Check(record.DistrictCode, date, general.LegacyDistrictCodesAcceptedUntil);
        switch (district.Status)
        {
            case DistrictStatus.Unknown:
                problems.Add(RecordField.DistrictCode, DistrictCode(record), ProblemCode.UnknownDistrict);
                break;
            case DistrictStatus.NotYetInForce:
                problems.Add(RecordField.DistrictCode, DistrictCode(record), ProblemCode.DistrictNotYetInForce, district.Unit!.ValidFrom!.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case DistrictStatus.Abolished:
                problems.Add(RecordField.DistrictCode, DistrictCode(record), ProblemCode.DistrictAbolished, district.Successor?.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
        }

        if (string.IsNullOrEmpty(record.CreditCode))
        {
            if (_creditCodeRequired)
            {
                problems.Required(RecordField.CreditCode);
            }
        }
        else
        {
            var check = UnifiedSocialCreditCode.Check(record.CreditCode);
            switch (check)
            {
                case CreditCodeCheck.WrongLength:
                    problems.Add(RecordField.CreditCode, record.CreditCode, ProblemCode.CreditCodeLength, UnifiedSocialCreditCode.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case CreditCodeCheck.InvalidCharacter:
                    problems.Add(RecordField.CreditCode, record.CreditCode, ProblemCode.CreditCodeCharacter, UnifiedSocialCreditCode.Alphabet);
                    break;
                case CreditCodeCheck.InvalidDivisionCode:
                    problems.Add(RecordField.CreditCode, record.CreditCode, ProblemCode.CreditCodeDivision);
                    break;
                case CreditCodeCheck.WrongCheckCharacter:
                    UnifiedSocialCreditCode.TryComputeCheckCharacter(record.CreditCode.AsSpan(0, 17), out var expected);
                    problems.Add(RecordField.CreditCode, record.CreditCode, ProblemCode.CreditCodeCheck, expected.ToString());
                    break;
            }
        }

        problems.NotNegative(record.OtherPolicyAwardYuan, RecordField.OtherPolicyAwardYuan);
        var hasApproval = !string.IsNullOrWhiteSpace(record.OverrideApprovalRef);
        if (record.OverrideAmountYuan is { } amount)
        {
            if (!_overridePermitted)
            {
                problems.Add(RecordField.OverrideAmountYuan, ProblemList.Format(amount), ProblemCode.OverrideNotPermitted, OverrideMeasureCodes());
            }

            if (!hasApproval)
            {
                problems.Add(RecordField.OverrideApprovalRef, record.OverrideApprovalRef, ProblemCode.OverrideWithoutApproval);
            }

            problems.NotNegative(amount, RecordField.OverrideAmountYuan);
        }
        else if (hasApproval)
        {
            problems.Add(RecordField.OverrideAmountYuan, null, ProblemCode.ApprovalWithoutOverride);
        }

        return district;
    }
}
