using System.Collections.Immutable;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>Adds decisions up, per measure and outcome, holding only counts and sums.</summary>
internal sealed class SummaryBuilder
{
    private const int Unreadable = 0;
    private readonly Totals[] _byMeasure = new Totals[MeasureIds.All.Length + 1];
    private readonly Totals _total = new();
    private readonly Dictionary<(RecordField, ProblemCode), (int Count, List<int> First)> _invalid = new();
    private int _invalidRows;

    internal void Add(ApplicationRow row, Decision decision) =>
        Add(row.RowNumber, Slot(row.Measure), decision.Outcome, decision.AwardYuan, decision.PayableYuan, decision.Problems);

    /// <summary>Adds one row's decision, given by its parts.</summary>
    /// <param name="rowNumber">The spreadsheet row.</param>
    /// <param name="measure">The measure's <see cref="Slot"/>.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="award">The award ceiling.</param>
    /// <param name="payable">The payable amount.</param>
    /// <param name="problems">The problems, for an invalid row.</param>
    internal void Add(int rowNumber, int measure, Outcome outcome, decimal award, decimal payable, ImmutableArray<Problem> problems)
    {
        AddLeavingPayable(rowNumber, measure, outcome, award, problems);
        AddPayable(measure, payable, outcome == Outcome.Eligible && payable < award);
    }

    /// <summary>
    /// Adds one row's decision but for its payable amount, which <see cref="AddPayable"/> adds once 就高不重复 is
    /// known. Sums of amounts are exact, so the order they are added in does not change them.
    /// </summary>
    internal void AddLeavingPayable(int rowNumber, int measure, Outcome outcome, decimal award, ImmutableArray<Problem> problems)
    {
        (_byMeasure[measure] ??= new Totals()).Add(outcome, award);
        _total.Add(outcome, award);
        if (outcome != Outcome.Invalid)
        {
            return;
        }

        _invalidRows++;
        foreach (var problem in problems)
        {
            var key = (problem.Field, problem.Code);
            var (count, first) = _invalid.TryGetValue(key, out var g) ? g : (0, new List<int>(InvalidGroup.RowsKept));
            if (first.Count < InvalidGroup.RowsKept && (first.Count == 0 || first[^1] != rowNumber))
            {
                first.Add(rowNumber);
            }

            _invalid[key] = (count + 1, first);
        }
    }

    /// <summary>Adds a row's payable amount, and whether 就高不重复 (or anything else) made it less than the award.</summary>
    internal void AddPayable(int measure, decimal payable, bool suppressed)
    {
        _byMeasure[measure]!.AddPayable(payable, suppressed);
        _total.AddPayable(payable, suppressed);
    }

    /// <summary>Adds the sum of several rows' payable amounts, and how many of them are less than their award.</summary>
    internal void AddPayables(int measure, decimal payable, int suppressed)
    {
        _byMeasure[measure]!.AddPayables(payable, suppressed);
        _total.AddPayables(payable, suppressed);
    }

    /// <summary>A measure's place in the totals: its number, or 0 for a measure that does not read.</summary>
    internal static int Slot(MeasureId? measure) => measure is { } m ? (int)m : Unreadable;

    internal BatchSummary Build(string input, string output, string encoding, LocalDate date, int blankRows, IReadOnlyList<string> unknown)
    {
        var measures = ImmutableArray.CreateBuilder<MeasureSummary>();
        foreach (var id in MeasureIds.All)
        {
            if (_byMeasure[(int)id] is { } t)
            {
                measures.Add(t.ToSummary(id.ToCode(), id));
            }
        }

        if (_byMeasure[Unreadable] is { } u)
        {
            measures.Add(u.ToSummary("?", null));
        }

        var groups = _invalid
            .Select(kv => new InvalidGroup(kv.Key.Item1, kv.Key.Item2, kv.Value.Count, [.. kv.Value.First]))
            .OrderByDescending(g => g.Rows).ThenBy(g => g.Field).ThenBy(g => g.Code)
            .ToImmutableArray();
        return new BatchSummary(input, output, encoding, date, blankRows, [.. unknown], measures.ToImmutable(), _total.ToSummary("total", null), _invalidRows, groups);
    }

    private sealed class Totals
    {
        private readonly int[] _counts = new int[7];
        private int _suppressed;
        private decimal _award;
        private decimal _payable;

        internal void Add(Outcome outcome, decimal award)
        {
            _counts[(int)outcome]++;
            _award += award;
        }

        internal void AddPayable(decimal payable, bool suppressed)
        {
            _payable += payable;
            _suppressed += suppressed ? 1 : 0;
        }

        internal void AddPayables(decimal payable, int suppressed)
        {
            _payable += payable;
            _suppressed += suppressed;
        }

        internal MeasureSummary ToSummary(string code, MeasureId? id) => new(
            code, id, _counts[(int)Outcome.Eligible], _counts[(int)Outcome.Ineligible], _counts[(int)Outcome.NotApplicable],
            _counts[(int)Outcome.NonMonetary], _counts[(int)Outcome.NeedsReview], _counts[(int)Outcome.Invalid], _suppressed, _award, _payable);
    }
}
