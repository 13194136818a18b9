using System.Collections.Immutable;
using ChongqingServicePolicy.Internal;

namespace ChongqingServicePolicy.Audit;

/// <summary>The result of replaying one decision record: whether it reproduces, and if not, every difference.</summary>
public sealed class ReplayResult
{
    internal ReplayResult(string applicationId, ReplayStatus status, ImmutableArray<ReplayDifference> differences)
    {
        ApplicationId = Preconditions.CheckNotNull(applicationId, nameof(applicationId));
        Status = status;
        Differences = differences.IsDefault ? ImmutableArray<ReplayDifference>.Empty : differences;
    }

    /// <summary>The record's application id.</summary>
    public string ApplicationId { get; }

    /// <summary>What replay found.</summary>
    public ReplayStatus Status { get; }

    /// <summary>Whether the record reproduces: <see cref="Status"/> is <see cref="ReplayStatus.Reproduces"/>.</summary>
    public bool Reproduces => Status == ReplayStatus.Reproduces;

    /// <summary>
    /// Every field that differs, in record order; empty when the record reproduces. A record with edited parameters
    /// has one difference, on <c>parameters_sha256</c> (the recorded fingerprint, and that of the recorded
    /// parameters); one with an edited input or evaluation date has <c>input_sha256</c> first, then whatever the
    /// edit changed in the decision.
    /// </summary>
    public ImmutableArray<ReplayDifference> Differences { get; }

    /// <summary>
    /// The result on one line: <c>A-1: reproduces</c>, or <c>A-1: decision.award_yuan 3000000.00 → 5000000.00; …</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Reproduces ? $"{ApplicationId}: reproduces" : $"{ApplicationId}: {string.Join("; ", Differences)}";
}
