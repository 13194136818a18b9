using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChongqingServicePolicy.Audit.Json;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Audit;

/// <summary>
/// Compares a record with its replay field by field, in the record's JSON shape, naming each field that differs by
/// its JSON path. Numbers compare with their scale, so <c>5000000.00</c> and <c>5000000</c> differ.
/// </summary>
internal sealed class RecordComparer
{
    private readonly ImmutableArray<ReplayDifference>.Builder _differences = ImmutableArray.CreateBuilder<ReplayDifference>();

    internal ImmutableArray<ReplayDifference> Differences => _differences.ToImmutable();

    /// <summary>Each parameter whose value differs between two sets, as <c>parameters.measures.1.cap_yuan</c>.</summary>
    internal void CompareParameters(PolicyParameters recorded, PolicyParameters replayed)
    {
        // Stryker disable once Statement,Block : a shortcut; sets of one fingerprint hold the same value at every path, so the walk below would name none
        if (string.Equals(recorded.Fingerprint, replayed.Fingerprint, StringComparison.Ordinal))
        {
            return;
        }

        foreach (var descriptor in PolicyParameters.Descriptors)
        {
            Text("parameters." + descriptor.Path, descriptor.ValueJson(recorded), descriptor.ValueJson(replayed));
        }
    }

    internal void CompareRecord(DecisionRecord record, Decision replayed, string policyId)
    {
        Text("policy_id", record.PolicyId, policyId);
        CompareDecision(RecordMapper.ToJson(record.Decision), RecordMapper.ToJson(replayed));
        CompareLines("explanation_zh", record.ExplanationZh, DecisionRecord.Explain(replayed));
    }

    private void CompareDecision(DecisionJson a, DecisionJson b)
    {
        const string P = "decision";
        Text(P + ".application_id", a.ApplicationId, b.ApplicationId);
        Text(P + ".subject_id", a.SubjectId, b.SubjectId);
        Text(P + ".measure", a.Measure, b.Measure);
        Date(P + ".date", a.Date, b.Date);
        Text(P + ".outcome", a.Outcome, b.Outcome);
        Number(P + ".award_yuan", a.AwardYuan, b.AwardYuan);
        Number(P + ".payable_yuan", a.PayableYuan, b.PayableYuan);
        Text(P + ".award_reason", a.AwardReason, b.AwardReason);
        Text(P + ".reason", a.Reason, b.Reason);
        CompareTrace(P + ".trace", a.Trace!, b.Trace!);
        CompareProblems(P + ".problems", a.Problems!, b.Problems!);
        CompareNonDuplication(P + ".non_duplication", a.NonDuplication, b.NonDuplication);
    }

    /// <summary>
    /// Pairs the steps of both traces by their longest common run of (code, clause, field), so that a step added
    /// or removed is named once rather than shifting every step after it; paired steps compare member by member.
    /// </summary>
    private void CompareTrace(string path, List<TraceStepJson?> a, List<TraceStepJson?> b)
    {
        foreach (var (i, j) in Align(a.ConvertAll(s => Key(s!)), b.ConvertAll(s => Key(s!))))
        {
            if (i is { } x && j is { } y)
            {
                CompareStep($"{path}[{x}]", a[x]!, b[y]!);
            }
            else if (i is { } removed)
            {
                _differences.Add(new ReplayDifference($"{path}[{removed}]", Serialize(a[removed]!, AuditJsonContext.Default.TraceStepJson), null));
            }
            else
            {
                _differences.Add(new ReplayDifference($"{path}[{j}]", null, Serialize(b[j!.Value]!, AuditJsonContext.Default.TraceStepJson)));
            }
        }
    }

    /// <summary>
    /// Compares two steps paired by their code, clause and field, so those are equal, and so is the comparison a
    /// step of that code makes (reading a record refuses any other).
    /// </summary>
    private void CompareStep(string path, TraceStepJson a, TraceStepJson b)
    {
        Flag(path + ".passed", a.Passed, b.Passed);
        Flag(path + ".binding", a.Binding, b.Binding);
        Value(path + ".values.left", a.Values!.Left, b.Values!.Left);
        Value(path + ".values.right", a.Values.Right, b.Values.Right);
        Value(path + ".values.result", a.Values.Result, b.Values.Result);
        Text(path + ".text", a.Text, b.Text);
    }

    private void CompareProblems(string path, List<ProblemJson?> a, List<ProblemJson?> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var at = $"{path}[{i}]";
            if (Unpaired(at, a, b, i, AuditJsonContext.Default.ProblemJson))
            {
                continue;
            }

            Text(at + ".field", a[i]!.Field, b[i]!.Field);
            Text(at + ".value", a[i]!.Value, b[i]!.Value);
            Text(at + ".code", a[i]!.Code, b[i]!.Code);
            Text(at + ".expected", a[i]!.Expected, b[i]!.Expected);
        }
    }

    private void CompareNonDuplication(string path, NonDuplicationJson? a, NonDuplicationJson? b)
    {
        if (a is null || b is null)
        {
            if (a is not null || b is not null)
            {
                _differences.Add(new ReplayDifference(
                    path,
                    a is null ? null : Serialize(a, AuditJsonContext.Default.NonDuplicationJson),
                    b is null ? null : Serialize(b, AuditJsonContext.Default.NonDuplicationJson)));
            }

            return;
        }

        Text(path + ".subject_id", a.SubjectId, b.SubjectId);
        Text(path + ".suppression", a.Suppression, b.Suppression);
        Text(path + ".winner_application_id", a.WinnerApplicationId, b.WinnerApplicationId);
        Text(path + ".winner_measure", a.WinnerMeasure, b.WinnerMeasure);
        Number(path + ".winner_award_yuan", a.WinnerAwardYuan, b.WinnerAwardYuan);
        Number(path + ".other_policy_award_yuan", a.OtherPolicyAwardYuan, b.OtherPolicyAwardYuan);
        Text(path + ".other_policy_name", a.OtherPolicyName, b.OtherPolicyName);
        var x = a.Compared!;
        var y = b.Compared!;
        for (var i = 0; i < Math.Max(x.Count, y.Count); i++)
        {
            var at = $"{path}.compared[{i}]";
            if (Unpaired(at, x, y, i, AuditJsonContext.Default.ComparedJson))
            {
                continue;
            }

            Text(at + ".application_id", x[i]!.ApplicationId, y[i]!.ApplicationId);
            Text(at + ".measure", x[i]!.Measure, y[i]!.Measure);
            Number(at + ".award_yuan", x[i]!.AwardYuan, y[i]!.AwardYuan);
            Date(at + ".date", x[i]!.Date, y[i]!.Date);
        }
    }

    /// <summary>
    /// Compares texts line by line, naming line n (from 0) as <c>path[n]</c>. Lines are paired as trace steps are, by
    /// their longest common run, so that a line added or removed (a step a newer library adds) is named once and the
    /// lines after it still compare with their partners; between paired lines, the others are compared in order, so a
    /// reworded line is one difference, recorded → replayed.
    /// </summary>
    private void CompareLines(string path, string a, string b)
    {
        // Stryker disable once Statement,Block : a shortcut; equal texts pair every line with itself, so the walk below would name none
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return;
        }

        var x = a.Split('\n');
        var y = b.Split('\n');
        var removed = new List<int>();
        var added = new List<int>();
        foreach (var (i, j) in Align(x, y))
        {
            if (i is { } r && j is null)
            {
                removed.Add(r);
            }
            else if (j is { } n && i is null)
            {
                added.Add(n);
            }
            else
            {
                Unmatched(path, x, y, removed, added);
            }
        }

        Unmatched(path, x, y, removed, added);
    }

    /// <summary>The lines between two paired ones: compared in order, then any left over on one side alone.</summary>
    private void Unmatched(string path, string[] x, string[] y, List<int> removed, List<int> added)
    {
        for (var k = 0; k < Math.Max(removed.Count, added.Count); k++)
        {
            if (k < removed.Count)
            {
                Text($"{path}[{removed[k]}]", x[removed[k]], k < added.Count ? y[added[k]] : null);
            }
            else
            {
                Text($"{path}[{added[k]}]", null, y[added[k]]);
            }
        }

        removed.Clear();
        added.Clear();
    }

    private void Text(string path, string? a, string? b)
    {
        if (!string.Equals(a, b, StringComparison.Ordinal))
        {
            _differences.Add(new ReplayDifference(path, a, b));
        }
    }

    private void Number(string path, decimal? a, decimal? b)
    {
        if (a != b || (a is { } x && b is { } y && x.Scale != y.Scale))
        {
            _differences.Add(new ReplayDifference(path, a?.ToString(CultureInfo.InvariantCulture), b?.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private void Flag(string path, bool? a, bool? b)
    {
        if (a != b)
        {
            _differences.Add(new ReplayDifference(path, a is { } x ? (x ? "true" : "false") : null, b is { } y ? (y ? "true" : "false") : null));
        }
    }

    private void Date(string path, NodaTime.LocalDate? a, NodaTime.LocalDate? b)
    {
        if (a != b)
        {
            _differences.Add(new ReplayDifference(path, Iso(a), Iso(b)));
        }
    }

    private void Value(string path, TraceValueJson? a, TraceValueJson? b)
    {
        var same = a is null ? b is null
            : b is not null && a.Unit == b.Unit && a.Number == b.Number && a.Number!.Value.Scale == b.Number!.Value.Scale;
        if (!same)
        {
            _differences.Add(new ReplayDifference(path, Show(a), Show(b)));
        }
    }

    private static string? Show(TraceValueJson? value) =>
        value is null ? null : $"{value.Number!.Value.ToString(CultureInfo.InvariantCulture)} {value.Unit}";

    private static string? Iso(NodaTime.LocalDate? date) =>
        date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// When only one list has an element at <paramref name="i"/>, notes it whole (as JSON, <see langword="null"/> on the
    /// other side) and answers <see langword="true"/>; when both have one, answers <see langword="false"/>.
    /// </summary>
    private bool Unpaired<T>(string at, List<T?> a, List<T?> b, int i, JsonTypeInfo<T> type)
        where T : class
    {
        if (i < a.Count && i < b.Count)
        {
            return false;
        }

        _differences.Add(new ReplayDifference(at, i < a.Count ? Serialize(a[i]!, type) : null, i < b.Count ? Serialize(b[i]!, type) : null));
        return true;
    }

    private static string Serialize<T>(T value, JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ParametersJsonConverter.WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static (string? Code, string? Clause, string? Field) Key(TraceStepJson step) => (step.Code, step.Clause, step.Field);

    /// <summary>The pairs of a longest common subsequence by key, with unpaired items of either side in order.</summary>
    private static List<(int? Recorded, int? Replayed)> Align<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : IEquatable<T>
    {
        var pairs = new List<(int?, int?)>(a.Count + b.Count); // the most an alignment can hold
        if (a.Count == b.Count && Enumerable.Range(0, a.Count).All(i => a[i].Equals(b[i])))
        {
            for (var i = 0; i < a.Count; i++)
            {
                pairs.Add((i, i));
            }

            return pairs;
        }

        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i].Equals(b[j]) ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var (x, y) = (0, 0);
        while (x < a.Count && y < b.Count)
        {
            if (a[x].Equals(b[y]))
            {
                pairs.Add((x++, y++));
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                pairs.Add((x++, null));
            }
            else
            {
                pairs.Add((null, y++));
            }
        }

        while (x < a.Count)
        {
            pairs.Add((x++, null));
        }

        while (y < b.Count)
        {
            pairs.Add((null, y++));
        }

        return pairs;
    }
}
