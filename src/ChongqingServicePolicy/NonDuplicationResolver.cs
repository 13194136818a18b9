using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy;

/// <summary>
/// Applies "就高不重复" (rule X3) over a batch in two passes, holding only what the rule needs: for each subject,
/// the best award so far, the records compared and the highest other-policy support declared.
/// </summary>
/// <remarks>
/// <para>
/// First <see cref="Observe(ApplicationRecord, Decision)"/> every record with its decision, in batch order; then <see cref="Resolve"/> each
/// decision. Only <see cref="Outcome.Eligible"/> decisions with an award above zero take part; support under
/// another policy declared on any record of the subject that is not <see cref="Outcome.Invalid"/> is counted. Within this
/// policy (parameter <c>general.deduplicate_within_policy</c>) the highest award for a subject is payable; on
/// equal awards the lower measure number, then the earlier application date, then the earlier record keeps it.
/// Another municipal policy's declared support for the subject wins when it is higher, or equal while
/// <c>general.ties_go_to_other_policy</c> holds; then no record of the subject is payable.
/// </para>
/// <para>
/// A decision whose subject has no other record and no other-policy support is returned unchanged, with
/// <see cref="Decision.NonDuplication"/> left <see langword="null"/>: there was nothing to compare.
/// </para>
/// <para>A resolver is for one batch and one thread; the engine creates one per batch.</para>
/// </remarks>
public sealed class NonDuplicationResolver
{
    private readonly GeneralParameters _general;
    private readonly Dictionary<string, Group> _groups;

    /// <summary>Creates a resolver for one batch.</summary>
    /// <param name="general">The cross-cutting parameters in force.</param>
    public NonDuplicationResolver(GeneralParameters general)
        : this(general, 0)
    {
    }

    /// <summary>Creates a resolver for one batch with room for about as many subjects as given (a batch's length).</summary>
    internal NonDuplicationResolver(GeneralParameters general, int capacity)
    {
        _general = Preconditions.CheckNotNull(general, nameof(general));
        _groups = new(capacity, StringComparer.Ordinal);
    }

    /// <summary>The number of subjects held.</summary>
    public int SubjectCount => _groups.Count;

    /// <summary>Records a decision and its record for the first pass.</summary>
    /// <param name="record">The application, for its declared other-policy support.</param>
    /// <param name="decision">Its decision from the rule.</param>
    public void Observe(ApplicationRecord record, Decision decision)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        Preconditions.CheckNotNull(decision, nameof(decision));

        // Support under another policy is a fact about the subject, so any decided record of the subject may
        // declare it, not only one that is paid; an invalid record's facts are not relied on.
        var declaresOther = record.OtherPolicyAwardYuan is not null && decision.Outcome != Outcome.Invalid;
        Observe(
            decision.SubjectId,
            TakesPart(decision),
            Candidate.Of(decision),
            declaresOther ? record.OtherPolicyAwardYuan : null,
            record.OtherPolicyName);
    }

    /// <summary>
    /// Records one record by what the rule needs of it, as <see cref="Observe(ApplicationRecord, Decision)"/> does
    /// from the record and its decision: for a reader of files that kept these facts rather than the objects.
    /// </summary>
    /// <param name="subjectId">The decision's subject.</param>
    /// <param name="takingPartId">The application id, when its decision is eligible with an award above zero (it takes part); <see langword="null"/> otherwise.</param>
    /// <param name="measure">The decision's measure; read only when it takes part.</param>
    /// <param name="awardYuan">The decision's award ceiling; read only when it takes part.</param>
    /// <param name="date">The decision's date; read only when it takes part.</param>
    /// <param name="otherPolicyAwardYuan">The other-policy support it declares, when its decision is not invalid.</param>
    /// <param name="otherPolicyName">The name of that policy; read only with an award.</param>
    internal void Observe(
        string subjectId, string? takingPartId, MeasureId measure, decimal awardYuan, NodaTime.LocalDate date, decimal? otherPolicyAwardYuan, string? otherPolicyName) =>
        Observe(subjectId, takingPartId is not null, new Candidate(takingPartId!, measure, awardYuan, date), otherPolicyAwardYuan, otherPolicyName);

    /// <summary>Records a subject's record: the record as compared when it takes part, and the support it declares.</summary>
    private void Observe(string subjectId, bool takesPart, in Candidate candidate, decimal? otherPolicyAwardYuan, string? otherPolicyName)
    {
        if (!takesPart && otherPolicyAwardYuan is null)
        {
            return;
        }

        var group = GroupOf(subjectId);
        if (takesPart)
        {
            group.Add(candidate);
        }

        if (otherPolicyAwardYuan is not null)
        {
            group.ObserveOther(otherPolicyAwardYuan, otherPolicyName);
        }
    }

    /// <summary>The subject's group, added when it has none yet.</summary>
    private Group GroupOf(string subjectId)
    {
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, subjectId, out _);
        return group ??= new Group();
    }

    /// <summary>Applies the rule to a decision observed in the first pass.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The decision with its payable amount and <see cref="Decision.NonDuplication"/> set; unchanged when it takes no part.</returns>
    /// <exception cref="InvalidOperationException">The decision's subject was not observed.</exception>
    public Decision Resolve(Decision decision)
    {
        Preconditions.CheckNotNull(decision, nameof(decision));
        if (!TakesPart(decision))
        {
            return decision;
        }

        var nonDuplication = Compare(decision.SubjectId, decision.ApplicationId, decision.Measure, decision.AwardYuan, decision.Date);
        return nonDuplication is null ? decision : decision.WithNonDuplication(nonDuplication);
    }

    /// <summary>
    /// Applies the rule to a decision observed in the first pass that takes part (eligible with an award above
    /// zero), given by what the rule needs of it: for a writer of files that kept these facts rather than the decision.
    /// </summary>
    /// <param name="subjectId">The decision's subject.</param>
    /// <param name="applicationId">The decision's application id.</param>
    /// <param name="measure">The decision's measure.</param>
    /// <param name="awardYuan">The decision's award ceiling.</param>
    /// <param name="date">The decision's date.</param>
    /// <returns>How the rule applies, or <see langword="null"/> when there was nothing to compare.</returns>
    /// <exception cref="InvalidOperationException">The subject was not observed.</exception>
    internal NonDuplication? Compare(string subjectId, string applicationId, MeasureId measure, decimal awardYuan, NodaTime.LocalDate date)
    {
        if (!_groups.TryGetValue(subjectId, out var group))
        {
            throw new InvalidOperationException($"Subject '{subjectId}' of application '{applicationId}' was not observed.");
        }

        if (group.Count == 1 && group.OtherAward is null)
        {
            // Nothing to compare: the record is its subject's only support.
            return null;
        }

        var best = group.Best;
        var (ids, compared) = group.Snapshot();
        var isWinner = !_general.DeduplicateWithinPolicy || string.Equals(best.ApplicationId, applicationId, StringComparison.Ordinal);
        var own = _general.DeduplicateWithinPolicy ? best : new Candidate(applicationId, measure, awardYuan, date);
        var otherWins = group.OtherAward is { } other && OtherWins(_general, other, own.Award);
        var suppression = otherWins ? SuppressionKind.SupersededByOtherPolicy
            : isWinner ? SuppressionKind.None
            : SuppressionKind.SupersededByHigher;
        return new NonDuplication(subjectId, ids, own.ApplicationId, own.Measure, own.Award, group.OtherAward, group.OtherName, suppression)
        {
            Compared = compared,
        };
    }

    /// <summary>
    /// Applies the rule to one decision alone against the other-policy support its record declares: the decision a
    /// resolver that observed only this record and decision would resolve it to, without building one (a host deciding
    /// one record at a time does this on every record that declares support).
    /// </summary>
    /// <param name="general">The cross-cutting parameters in force.</param>
    /// <param name="record">The application, for its declared other-policy support.</param>
    /// <param name="decision">Its decision from the rule.</param>
    /// <returns>The decision with its payable amount and <see cref="Decision.NonDuplication"/> set; unchanged when it takes no part or the record declares nothing.</returns>
    internal static Decision ResolveAlone(GeneralParameters general, ApplicationRecord record, Decision decision)
    {
        // A record that takes part is eligible, so the support it declares counts (see Observe).
        if (!TakesPart(decision) || record.OtherPolicyAwardYuan is not { } other)
        {
            return decision;
        }

        // The subject's only record is its best: it wins within the policy, and only the other policy can supersede it.
        var compared = new ComparedApplication(decision.ApplicationId, decision.Measure, decision.AwardYuan, decision.Date);
        var suppression = OtherWins(general, other, decision.AwardYuan) ? SuppressionKind.SupersededByOtherPolicy : SuppressionKind.None;
        var nonDuplication = new NonDuplication(
            decision.SubjectId, [decision.ApplicationId], decision.ApplicationId, decision.Measure, decision.AwardYuan, other, record.OtherPolicyName, suppression)
        {
            Compared = [compared],
        };
        return decision.WithNonDuplication(nonDuplication);
    }

    /// <summary>
    /// Replays a recorded comparison for one decision (see <see cref="Audit.DecisionRecord"/>): the records the
    /// recorded context compared are observed in their recorded order with their recorded awards, except the
    /// decision's own record, which is observed with its new award; then the other-policy support recorded.
    /// </summary>
    /// <param name="recorded">The recorded context.</param>
    /// <param name="decision">The decision made again.</param>
    internal void ObserveRecorded(NonDuplication recorded, Decision decision)
    {
        if (!TakesPart(decision))
        {
            return;
        }

        var group = new Group();
        _groups[decision.SubjectId] = group;
        var seen = false;
        foreach (var compared in recorded.Compared)
        {
            if (string.Equals(compared.ApplicationId, decision.ApplicationId, StringComparison.Ordinal))
            {
                seen = true;
                group.Add(Candidate.Of(decision));
            }
            else
            {
                group.Add(Candidate.Of(compared));
            }
        }

        if (!seen)
        {
            group.Add(Candidate.Of(decision));
        }

        group.ObserveOther(recorded.OtherPolicyAwardYuan, recorded.OtherPolicyName);
    }

    private static bool TakesPart(Decision decision) => decision.Outcome == Outcome.Eligible && decision.AwardYuan > 0m;

    /// <summary>Whether another policy's support supersedes this policy's best award for the subject: higher, or equal while ties go to it.</summary>
    private static bool OtherWins(GeneralParameters general, decimal other, decimal best) =>
        other > best || (other == best && general.TiesGoToOtherPolicy);

    /// <summary>
    /// Whether <paramref name="a"/>, observed after <paramref name="b"/>, takes the award from it: a higher award, then
    /// on equal awards a lower measure number, then an earlier date. On a full tie the earlier record, <paramref name="b"/>,
    /// keeps it, since records are added in the order observed.
    /// </summary>
    private static bool Beats(Candidate a, Candidate b)
    {
        if (a.Award > b.Award)
        {
            return true;
        }

        if (a.Award < b.Award)
        {
            return false;
        }

        if (a.Measure < b.Measure)
        {
            return true;
        }

        if (a.Measure > b.Measure)
        {
            return false;
        }

        return a.Date < b.Date;
    }

    private readonly record struct Candidate(string ApplicationId, MeasureId Measure, decimal Award, NodaTime.LocalDate Date)
    {
        /// <summary>A decision as the rule compares it.</summary>
        internal static Candidate Of(Decision decision) => new(decision.ApplicationId, decision.Measure, decision.AwardYuan, decision.Date);

        /// <summary>A recorded comparison's record as the rule compares it.</summary>
        internal static Candidate Of(ComparedApplication compared) => new(compared.ApplicationId, compared.Measure, compared.AwardYuan, compared.Date);
    }

    /// <summary>
    /// A subject's records taking part, in the order observed, with the best of them and the highest other-policy
    /// support declared. Most subjects have one record, so the first is held in the group itself and a list is made
    /// only for a second; the records are made <see cref="ComparedApplication"/>s only for a subject that is compared.
    /// </summary>
    private sealed class Group
    {
        // A group costs 80 bytes: what most groups never have (a second record, other-policy support, a comparison) is
        // held apart, made when first needed.
        private Candidate _first;
        private List<Candidate>? _more;
        private Other? _other;
        private Compared? _compared;

        /// <summary>The index of the best record: 0 for the first, i for the i-th of <see cref="_more"/>.</summary>
        private int _best;

        /// <summary>How many records take part.</summary>
        internal int Count { get; private set; }

        /// <summary>The best record taking part; meaningful once <see cref="Count"/> is above zero.</summary>
        internal Candidate Best => _best == 0 ? _first : _more![_best - 1];

        internal decimal? OtherAward => _other?.Award;

        internal string? OtherName => _other?.Name;

        internal void Add(Candidate candidate)
        {
            if (Count == 0)
            {
                _first = candidate;
            }
            else
            {
                (_more ??= []).Add(candidate);
                if (Beats(candidate, Best))
                {
                    _best = Count;
                }
            }

            Count++;
        }

        internal void ObserveOther(decimal? award, string? name)
        {
            if (award is { } other && (_other is not { } known || other > known.Award))
            {
                _other = new Other(other, name);
            }
        }

        /// <summary>The compared records as immutable arrays, made once and shared by every decision of the subject.</summary>
        internal (ImmutableArray<string> Ids, ImmutableArray<ComparedApplication> Compared) Snapshot()
        {
            var compared = _compared ??= MakeSnapshot();
            return (compared.Ids, compared.Applications);
        }

        private Compared MakeSnapshot()
        {
            var ids = new string[Count];
            var compared = new ComparedApplication[Count];
            for (var i = 0; i < Count; i++)
            {
                var candidate = i == 0 ? _first : _more![i - 1];
                ids[i] = candidate.ApplicationId;
                compared[i] = new ComparedApplication(candidate.ApplicationId, candidate.Measure, candidate.Award, candidate.Date);
            }

            return new Compared(ImmutableCollectionsMarshal.AsImmutableArray(ids), ImmutableCollectionsMarshal.AsImmutableArray(compared));
        }

        /// <summary>The highest other-policy support declared for the subject, and its policy's name.</summary>
        private sealed record Other(decimal Award, string? Name);

        /// <summary>The records compared, as every decision of the subject reports them.</summary>
        private sealed record Compared(ImmutableArray<string> Ids, ImmutableArray<ComparedApplication> Applications);
    }
}
