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

    internal void Add(ApplicationRow row, Decision decision)
    {
        var slot = row.Measure is { } m ? (int)m : Unreadable;
        (_byMeasure[slot] ??= new Totals()).Add(decision);
        _total.Add(decision);
        if (decision.Outcome != Outcome.Invalid)
        {
            return;
        }

        _invalidRows++;
        foreach (var problem in decision.Problems)
        {
            var key = (problem.Field, problem.Code);
            var (count, first) = _invalid.TryGetValue(key, out var g) ? g : (0, new List<int>(InvalidGroup.RowsKept));
            if (first.Count < InvalidGroup.RowsKept && (first.Count == 0 || first[^1] != row.RowNumber))
            {
                first.Add(row.RowNumber);
            }

            _invalid[key] = (count + 1, first);
        }
    }

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

        internal void Add(Decision d)
        {
            _counts[(int)d.Outcome]++;
            _award += d.AwardYuan;
            _payable += d.PayableYuan;
            if (d.Outcome == Outcome.Eligible && d.PayableYuan < d.AwardYuan)
            {
                _suppressed++;
            }
        }

        internal MeasureSummary ToSummary(string code, MeasureId? id) => new(
            code, id, _counts[(int)Outcome.Eligible], _counts[(int)Outcome.Ineligible], _counts[(int)Outcome.NotApplicable],
            _counts[(int)Outcome.NonMonetary], _counts[(int)Outcome.NeedsReview], _counts[(int)Outcome.Invalid], _suppressed, _award, _payable);
    }
}
