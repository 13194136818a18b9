using System.Collections.Immutable;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>
/// What the library alone says of a file: every row whose cells read goes through
/// <see cref="PolicyEngine.EvaluateBatch(IEnumerable{ApplicationRecord}, NodaTime.LocalDate)"/> in one batch; a row whose cells
/// do not read is <c>Invalid</c> with nothing awarded.
/// </summary>
public static class LibraryBatch
{
    public static IReadOnlyList<Expected> Decide(string path, PolicyEngine engine)
    {
        List<ApplicationRow> rows;
        using (var reader = ApplicationCsvReader.Open(path))
        {
            rows = [.. reader.ReadRows()];
        }

        var decisions = engine.EvaluateBatch(rows.Where(r => r.Record is not null).Select(r => r.Record!), engine.Today());
        var next = 0;
        return [.. rows.Select(r => r.Record is null
            ? new Expected(r.RowNumber, r.ApplicationId, r.Measure?.ToCode() ?? "?", Outcome.Invalid, 0m, 0m, "invalid-input", r.Problems)
            : From(r, decisions[next++]))];
    }

    private static Expected From(ApplicationRow row, Decision d) =>
        new(row.RowNumber, row.ApplicationId, d.Measure.ToCode(), d.Outcome, d.AwardYuan, d.PayableYuan, d.Reason.ToCode(), d.Problems);
}
