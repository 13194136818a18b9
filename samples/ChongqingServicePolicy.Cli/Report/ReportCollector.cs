using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Cli.Report;

/// <summary>
/// Adds up, row by row as the evaluator decides them, what the report needs beyond <see cref="BatchSummary"/>:
/// totals per district, the amount 就高不重复 took off, the first applications needing review, the first ineligible
/// ones with what would change their result, and one example of each fault. It holds only bounded state: a file of any length gives at most one entry per registry district.
/// </summary>
internal sealed class ReportCollector(DistrictRegistry registry, Language language)
{
    /// <summary>How many applications needing review the report lists.</summary>
    internal const int ReviewListed = 30;

    /// <summary>How many ineligible applications the report lists.</summary>
    internal const int IneligibleListed = 50;

    private readonly Dictionary<int, (int Rows, int Eligible, decimal Payable)> _districts = new();
    private readonly Dictionary<(RecordField, ProblemCode), Problem> _examples = new();
    private readonly List<ReviewItem> _review = new(ReviewListed);
    private readonly List<ReviewItem> _ineligible = new(IneligibleListed);

    /// <summary>What 就高不重复 took off eligible awards (award minus payable).</summary>
    internal decimal SuppressedYuan { get; private set; }

    /// <summary>All rows needing review; <see cref="Review"/> lists the first few.</summary>
    internal int ReviewRows { get; private set; }

    internal IReadOnlyList<ReviewItem> Review => _review;

    /// <summary>All ineligible rows; <see cref="Ineligible"/> lists the first few.</summary>
    internal int IneligibleRows { get; private set; }

    internal IReadOnlyList<ReviewItem> Ineligible => _ineligible;

    /// <summary>The districts, most payable first.</summary>
    internal IReadOnlyList<DistrictTotals> Districts => [.. _districts
        .Select(kv => new DistrictTotals(kv.Key, kv.Value.Rows, kv.Value.Eligible, kv.Value.Payable))
        .OrderByDescending(d => d.PayableYuan).ThenByDescending(d => d.Rows).ThenBy(d => d.Code)];

    /// <summary>The first problem seen of a column and fault, as an example of the group.</summary>
    internal Problem? Example(RecordField field, ProblemCode code) => _examples.TryGetValue((field, code), out var p) ? p : null;

    /// <summary>Takes one decided row (a <see cref="CsvEvaluationOptions.RowDecided"/> callback).</summary>
    internal void Add(ApplicationRow row, Decision decision)
    {
        var code = (row.Record ?? row.PartialRecord)?.DistrictCode ?? DistrictTotals.Unreadable;
        if (code != DistrictTotals.Unreadable && !registry.TryGet(code, out _))
        {
            code = DistrictTotals.Unknown;
        }

        var eligible = decision.Outcome == Outcome.Eligible;
        var (rows, count, payable) = _districts.TryGetValue(code, out var t) ? t : default;
        _districts[code] = (rows + 1, count + (eligible ? 1 : 0), payable + decision.PayableYuan);
        if (eligible)
        {
            SuppressedYuan += decision.AwardYuan - decision.PayableYuan;
        }

        foreach (var problem in decision.Problems)
        {
            _examples.TryAdd((problem.Field, problem.Code), problem);
        }

        if (decision.Outcome == Outcome.NeedsReview && ++ReviewRows <= ReviewListed)
        {
            _review.Add(Item(row, decision, code));
        }
        else if (decision.Outcome == Outcome.Ineligible && ++IneligibleRows <= IneligibleListed)
        {
            _ineligible.Add(Item(row, decision, code));
        }
    }

    private ReviewItem Item(ApplicationRow row, Decision decision, int district) => new(
        row.RowNumber, row.ApplicationId, row.Record?.ApplicantName ?? string.Empty, row.MeasureText, district, decision.AwardYuan,
        decision.Reason.ToCode(),
        Steps(decision, s => !s.Passed && !s.Code.IsBoundary()),
        Steps(decision, s => s.IsBoundary()),
        SpreadsheetText.OneLine(decision.Summarize(language)));

    /// <summary>The trace's steps that match, rendered and joined on one line.</summary>
    private string Steps(Decision decision, Func<TraceStep, bool> which) => SpreadsheetText.OneLine(string.Join(
        language == Language.Chinese ? "；" : "; ",
        decision.Trace.Where(which).Select(s => DecisionText.Render(s, language, decision.Info))));
}
