using System.Collections.ObjectModel;
using System.Globalization;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using NodaTime;

namespace ChongqingServicePolicy.Cli.Generation;

/// <summary>
/// Writes synthetic but realistic <c>applications.csv</c> files (shared/policy/CSV-CONTRACT.md) for demonstrations,
/// tests and load runs: Chinese applicant names, valid 统一社会信用代码, district codes valid on each application date
/// (including the 2025-11-06 两江新区 change and its transition), and a fixed mix of scenarios so that a file of 300
/// rows or more contains every measure and every outcome.
/// </summary>
/// <remarks>
/// <para>
/// Rows are dealt from a deck of 113 scenarios (120 rows) that is shuffled afresh each time it runs out, so every
/// run of 120 rows from the start holds a whole deck: every measure (1–16 and 7a–7d; measure 6 once, since an
/// application under it is invalid by design), every outcome, applications dated before the policy's validity,
/// platforms in unlisted fields, discretionary overrides, other-policy support, subjects applying under several
/// measures (就高不重复) and nine invalid rows: missing or unreadable cells, bad credit codes, impossible dates,
/// inconsistent amounts, overrides or tiers, and district codes not valid on the date. About half the rows are eligible.
/// </para>
/// <para>
/// Output is a pure function of the seed: the only source of chance is <c>new Random(seed)</c>, every number and
/// date is formatted with the invariant culture, lines end in <c>"\n"</c>, and rows are written one at a time, so
/// a file of a million rows streams in a few seconds without being held in memory.
/// </para>
/// </remarks>
public static class ApplicationGenerator
{
    private const int ColumnCount = 26;
    private const int CApplicationId = 0;
    private const int CMeasure = 1;
    private const int CApplicantName = 2;
    private const int CCreditCode = 3;
    private const int CDistrictCode = 4;
    private const int CApplicationDate = 5;
    private const int CSubjectId = 6;
    private const int CProducerService = 7;
    private const int CTotalInvestment = 8;
    private const int CApprovedInvestment = 9;
    private const int CMajorProject = 10;
    private const int CPlatformField = 11;
    private const int CClusterGrade = 12;
    private const int CClusterTier = 13;
    private const int CInCluster = 14;
    private const int CStarRated = 15;
    private const int CBuildingTier = 16;
    private const int CRevenueGrowth = 17;
    private const int CFirstTimeTop500 = 18;
    private const int CSpunOff = 19;
    private const int CAnnualRevenue = 20;
    private const int CEventInput = 21;
    private const int COtherPolicyAward = 22;
    private const int COtherPolicyName = 23;
    private const int COverrideAmount = 24;
    private const int COverrideRef = 25;

    private static readonly string[] ColumnNames =
    [
        "application_id", "measure", "applicant_name", "credit_code", "district_code", "application_date",
        "subject_id", "producer_service", "total_investment_yuan", "approved_investment_yuan",
        "major_project_approved", "platform_field", "cluster_grade", "cluster_tier", "in_cluster",
        "building_star_rated", "building_tier", "revenue_growth_rate", "first_time_top500",
        "spun_off_from_manufacturer", "annual_revenue_yuan", "event_actual_input_yuan", "other_policy_award_yuan",
        "other_policy_name", "override_amount_yuan", "override_approval_ref",
    ];

    /// <summary>The seed of the bundled <c>samples/data/applications.csv</c> (320 rows) and of <c>cqpolicy generate</c> by default.</summary>
    public const int DefaultSeed = 20241119;

    /// <summary>
    /// The columns of <c>applications.csv</c> in the order the contract lists them, which is the order
    /// <see cref="Write"/> writes them in.
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } = new ReadOnlyCollection<string>(ColumnNames);

    /// <summary>
    /// Writes a header line and <paramref name="rows"/> synthetic applications as <c>applications.csv</c>: comma
    /// separated, cells quoted as RFC 4180 requires, each line ended by <c>"\n"</c>. The same seed always gives the
    /// same characters, on any machine and in any culture.
    /// </summary>
    /// <param name="writer">Where the text goes; it is written to row by row and neither flushed nor closed.</param>
    /// <param name="rows">The number of data rows, zero or more.</param>
    /// <param name="seed">The seed of the only random number generator used, zero or more (<see cref="Random"/> takes a negative seed as its absolute value, so a negative seed would repeat a positive one's file).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> or <paramref name="seed"/> is negative.</exception>
    public static void Write(TextWriter writer, int rows, int seed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        WriteLine(writer, ColumnNames);
        var session = new Session(new Random(seed));
        var written = 0;
        while (written < rows)
        {
            var produced = session.Next();
            for (var i = 0; i < produced.Count && written < rows; i++)
            {
                WriteLine(writer, produced[i]);
                written++;
            }
        }
    }

    private static void WriteLine(TextWriter writer, string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var cell = cells[i];
            if (string.IsNullOrEmpty(cell))
            {
                continue;
            }

            if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                writer.Write(cell);
            }
            else
            {
                // RFC 4180: the cell goes in quotes and each quote inside it is written twice.
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
        }

        writer.Write('\n');
    }

    /// <summary>What a deck entry produces: one kind of row or group of rows.</summary>
    private enum Kind : byte
    {
        Single,
        BeforeValidity,
        LegacyTransition,
        OtherPolicyHigher,
        OtherPolicyLower,
        GroupProjectPlatform,
        GroupClusterBuilding,
        GroupResubmission,
        GroupPlatformEvent,
        InvalidCreditCode,
        InvalidMissingCell,
        InvalidAmount,
        InvalidDate,
        InvalidAbolishedDistrict,
        InvalidDistrictNotYetInForce,
        InvalidInconsistent,
        InvalidStaleDistrict,
    }

    /// <summary>Which way a single row of a measure is filled in, and so which outcome it gets.</summary>
    private enum Variant : byte
    {
        Standard,
        RatioTie,
        Cap,
        MajorProject,
        NotProducerService,
        ZeroBase,
        Override,
        AtThreshold,
        BelowThreshold,
        UnlistedField,
        NotGradeA,
        NotInCluster,
        GrowthHigh,
        GrowthMid,
        GrowthLow,
        NotStarRated,
        NotFirstTime,
        NotSpunOff,
    }

    private enum Organisation : byte
    {
        Enterprise,
        Government,
        Association,
        LawFirm,
        IndividualBusiness,
    }

    private readonly record struct Entry(Kind Kind, MeasureId Measure = MeasureId.Measure1, Variant Variant = Variant.Standard);

    private readonly record struct Party(string Name, string? CreditCode, int DistrictCode);

    /// <summary>The units in force over a run of days, with the weights districts are drawn by.</summary>
    private sealed record Era(LocalDate From, LocalDate? To, CountyUnit[] Units, int[] CumulativeWeights);

    private sealed class Session
    {
        private static readonly GeneralParameters General = PolicyParameters.Default.General;
        private static readonly LocalDate FirstDate = new(2024, 10, 1);
        private static readonly LocalDate LastDate = new(2026, 10, 31);
        private static readonly LocalDate ValidFrom = General.ValidFrom;
        private static readonly LocalDate Reorganisation = DistrictRegistry.LiangjiangReorganisationDate;
        private static readonly LocalDate TransitionEnd = General.LegacyDistrictCodesAcceptedUntil ?? Reorganisation.PlusDays(-1);
        private static readonly Era[] Eras = BuildEras(DistrictRegistry.Default);
        private static readonly CountyUnit[] LegacyUnits = [.. DistrictRegistry.Default.Units.Where(u => u.SuccessorCode is not null)];
        private static readonly CountyUnit[] NewUnits = [.. DistrictRegistry.Default.Units.Where(u => u.ValidFrom is not null)];
        private static readonly MeasureId[] AllButSix = [.. MeasureIds.All.Where(m => m != MeasureId.Measure6)];
        private static readonly PlatformField[] ListedFields = [.. PlatformFields.Listed];
        private static readonly Entry[] Template = BuildDeck();

        private readonly Random _rng;
        private readonly Entry[] _deck = (Entry[])Template.Clone();
        private readonly List<string?[]> _rows = new(4);
        private readonly string?[][] _pool = [new string?[ColumnCount], new string?[ColumnCount], new string?[ColumnCount], new string?[ColumnCount]];
        private int _dealt;
        private int _sequence;

        internal Session(Random rng)
        {
            _rng = rng;
            _dealt = _deck.Length;
        }

        /// <summary>Deals the next entry and returns the rows it produces (valid until the next call).</summary>
        internal List<string?[]> Next()
        {
            if (_dealt == _deck.Length)
            {
                // Fisher–Yates over a fresh copy of the template.
                Array.Copy(Template, _deck, Template.Length);
                for (var i = _deck.Length - 1; i > 0; i--)
                {
                    var j = _rng.Next(i + 1);
                    (_deck[i], _deck[j]) = (_deck[j], _deck[i]);
                }

                _dealt = 0;
            }

            _rows.Clear();
            Produce(_deck[_dealt++]);
            return _rows;
        }

        private static Entry[] BuildDeck()
        {
            var deck = new List<Entry>(128);
            void Add(int count, Entry entry)
            {
                for (var i = 0; i < count; i++)
                {
                    deck.Add(entry);
                }
            }

            void One(int count, MeasureId measure, Variant variant = Variant.Standard) => Add(count, new Entry(Kind.Single, measure, variant));

            One(9, MeasureId.Measure1);
            One(1, MeasureId.Measure1, Variant.RatioTie);
            One(2, MeasureId.Measure1, Variant.Cap);
            One(1, MeasureId.Measure1, Variant.MajorProject);
            One(1, MeasureId.Measure1, Variant.NotProducerService);
            One(1, MeasureId.Measure1, Variant.ZeroBase);
            One(1, MeasureId.Measure1, Variant.Override);
            One(5, MeasureId.Measure2);
            One(2, MeasureId.Measure2, Variant.Cap);
            One(1, MeasureId.Measure2, Variant.AtThreshold);
            One(1, MeasureId.Measure2, Variant.BelowThreshold);
            One(2, MeasureId.Measure2, Variant.UnlistedField);
            One(6, MeasureId.Measure3);
            One(1, MeasureId.Measure3, Variant.NotGradeA);
            One(4, MeasureId.Measure4);
            One(1, MeasureId.Measure4, Variant.NotInCluster);
            One(6, MeasureId.Measure5);
            One(1, MeasureId.Measure5, Variant.GrowthHigh);
            One(1, MeasureId.Measure5, Variant.GrowthMid);
            One(1, MeasureId.Measure5, Variant.GrowthLow);
            One(1, MeasureId.Measure5, Variant.NotStarRated);
            One(1, MeasureId.Measure6);
            One(3, MeasureId.Measure7a);
            One(1, MeasureId.Measure7a, Variant.NotFirstTime);
            One(2, MeasureId.Measure7b);
            One(3, MeasureId.Measure7c);
            One(1, MeasureId.Measure7c, Variant.BelowThreshold);
            One(1, MeasureId.Measure7c, Variant.NotSpunOff);
            foreach (var measure in (ReadOnlySpan<MeasureId>)[
                MeasureId.Measure7d, MeasureId.Measure8, MeasureId.Measure9, MeasureId.Measure10, MeasureId.Measure11,
                MeasureId.Measure12, MeasureId.Measure14, MeasureId.Measure15, MeasureId.Measure16])
            {
                One(2, measure);
            }

            One(1, MeasureId.Measure7d, Variant.NotProducerService);
            One(1, MeasureId.Measure11, Variant.NotProducerService);
            One(6, MeasureId.Measure13);
            One(1, MeasureId.Measure13, Variant.Cap);
            One(1, MeasureId.Measure13, Variant.NotProducerService);
            Add(3, new Entry(Kind.GroupProjectPlatform));
            Add(2, new Entry(Kind.GroupClusterBuilding));
            Add(1, new Entry(Kind.GroupResubmission));
            Add(1, new Entry(Kind.GroupPlatformEvent));
            Add(2, new Entry(Kind.OtherPolicyHigher));
            Add(2, new Entry(Kind.OtherPolicyLower));
            Add(3, new Entry(Kind.BeforeValidity));
            Add(2, new Entry(Kind.LegacyTransition));
            foreach (var kind in (ReadOnlySpan<Kind>)[
                Kind.InvalidCreditCode, Kind.InvalidMissingCell, Kind.InvalidAmount, Kind.InvalidDate,
                Kind.InvalidAbolishedDistrict, Kind.InvalidDistrictNotYetInForce, Kind.InvalidInconsistent,
                Kind.InvalidStaleDistrict])
            {
                Add(1, new Entry(kind));
            }

            return [.. deck];
        }

        private static Era[] BuildEras(DistrictRegistry registry)
        {
            // Every day a unit starts or stops being in force opens a new era.
            var starts = new SortedSet<LocalDate> { FirstDate };
            foreach (var unit in registry.Units)
            {
                if (unit.ValidFrom is { } from && from > FirstDate)
                {
                    starts.Add(from);
                }

                if (unit.ValidTo is { } to && to >= FirstDate)
                {
                    starts.Add(to.PlusDays(1));
                }
            }

            var list = starts.ToList();
            var eras = new Era[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                var units = registry.UnitsInForceOn(list[i]).ToArray();
                var cumulative = new int[units.Length];
                var total = 0;
                for (var k = 0; k < units.Length; k++)
                {
                    total += Weight(units[k]);
                    cumulative[k] = total;
                }

                eras[i] = new Era(list[i], i + 1 < list.Count ? list[i + 1].PlusDays(-1) : null, units, cumulative);
            }

            return eras;
        }

        // Applications cluster in the main city: its districts weigh 5, the other 区 2 and the 县 1.
        private static int Weight(CountyUnit unit) => unit.Code switch
        {
            500103 or 500104 or 500105 or 500106 or 500107 or 500108 or 500109 or 500112 or 500113 or 500157 => 5,
            _ => unit.NameZh.EndsWith('区') ? 2 : 1,
        };

        private void Produce(Entry entry)
        {
            switch (entry.Kind)
            {
                case Kind.Single:
                    Single(entry.Measure, entry.Variant, NormalDate());
                    break;
                case Kind.BeforeValidity:
                    Single(Pick(AllButSix), Variant.Standard, WorkingDay(RandomDate(FirstDate, ValidFrom.PlusDays(-1)), FirstDate, ValidFrom.PlusDays(-1)));
                    break;
                case Kind.LegacyTransition:
                    {
                        var date = WorkingDay(RandomDate(Reorganisation, TransitionEnd), Reorganisation, TransitionEnd);
                        Single(Pick(AllButSix), Variant.Standard, date, Pick(LegacyUnits).Code);
                        break;
                    }

                case Kind.OtherPolicyHigher:
                case Kind.OtherPolicyLower:
                    OtherPolicy(entry.Kind == Kind.OtherPolicyHigher);
                    break;
                case Kind.GroupProjectPlatform:
                    GroupProjectPlatform();
                    break;
                case Kind.GroupClusterBuilding:
                    GroupClusterBuilding();
                    break;
                case Kind.GroupResubmission:
                    GroupResubmission();
                    break;
                case Kind.GroupPlatformEvent:
                    GroupPlatformEvent();
                    break;
                default:
                    Invalid(entry.Kind);
                    break;
            }
        }

        // ---- rows -------------------------------------------------------------------------------------------

        private string?[] NewRow(MeasureId measure, LocalDate date, Party party, string? subjectId)
        {
            var row = _pool[_rows.Count];
            Array.Clear(row);
            _rows.Add(row);
            _sequence++;
            row[CApplicationId] = string.Create(CultureInfo.InvariantCulture, $"CQ{date.Year:D4}-{_sequence:D6}");
            row[CMeasure] = measure.ToCode();
            row[CApplicantName] = party.Name;
            row[CCreditCode] = party.CreditCode;
            row[CDistrictCode] = party.DistrictCode.ToString(CultureInfo.InvariantCulture);
            row[CApplicationDate] = FormatDate(date);
            row[CSubjectId] = subjectId;
            return row;
        }

        private string NewSubjectId(string prefix) =>
            string.Create(CultureInfo.InvariantCulture, $"{prefix}-{_sequence + 1:D6}");

        /// <summary>One application; returns its row and the award the rule should give, in yuan (0 when none).</summary>
        private (string?[] Row, decimal Award) Single(MeasureId measure, Variant variant, LocalDate date, int? district = null, string? subjectId = null)
        {
            var party = PartyFor(measure, district ?? PickDistrict(date), variant);
            if (subjectId is null && _rng.Next(100) < 15)
            {
                subjectId = NewSubjectId(measure is MeasureId.Measure3 or MeasureId.Measure6 or MeasureId.Measure7a ? "QX" : "QY");
            }

            var row = NewRow(measure, date, party, subjectId);
            var award = Fill(row, measure, variant);
            return (row, award);
        }

        /// <summary>Fills the measure's own cells and returns the award the rule should give, in yuan.</summary>
        private decimal Fill(string?[] row, MeasureId measure, Variant variant)
        {
            switch (measure)
            {
                case MeasureId.Measure1:
                    return FillMeasure1(row, variant);
                case MeasureId.Measure2:
                    return FillMeasure2(row, variant, Pick(ListedFields));
                case MeasureId.Measure3:
                    return FillMeasure3(row, variant);
                case MeasureId.Measure4:
                    row[CInCluster] = Flag(variant != Variant.NotInCluster);
                    return 0m;
                case MeasureId.Measure5:
                    return FillMeasure5(row, variant);
                case MeasureId.Measure6:
                    return 0m;
                case MeasureId.Measure7a:
                    row[CProducerService] = Flag(true);
                    row[CFirstTimeTop500] = Flag(variant != Variant.NotFirstTime);
                    return variant == Variant.NotFirstTime ? 0m : 5_000_000m;
                case MeasureId.Measure7b:
                    return 0m;
                case MeasureId.Measure7c:
                    return FillMeasure7c(row, variant);
                case MeasureId.Measure13:
                    return FillMeasure13(row, variant);
                default:
                    // Non-monetary measures: producer_service is given on most rows; 16 also helps industrial firms.
                    if (variant == Variant.NotProducerService || (measure == MeasureId.Measure16 && _rng.Next(3) == 0))
                    {
                        row[CProducerService] = Flag(false);
                    }
                    else if (_rng.Next(4) > 0)
                    {
                        row[CProducerService] = Flag(true);
                    }

                    return 0m;
            }
        }

        private decimal FillMeasure1(string?[] row, Variant variant)
        {
            row[CProducerService] = Flag(variant != Variant.NotProducerService);
            decimal approved;
            decimal total;
            switch (variant)
            {
                case Variant.RatioTie:
                    approved = Money(3_000_000, 45_000_000);
                    total = approved;
                    break;
                case Variant.Cap:
                case Variant.Override:
                    approved = Money(50_000_000, 300_000_000);
                    total = Above(approved);
                    break;
                case Variant.MajorProject:
                    approved = Money(120_000_000, 600_000_000);
                    total = Above(approved);
                    row[CMajorProject] = Flag(true);
                    break;
                case Variant.ZeroBase:
                    approved = 0m;
                    total = Money(2_000_000, 30_000_000);
                    break;
                default:
                    approved = Money(2_000_000, 49_000_000);
                    total = Above(approved);
                    if (_rng.Next(5) == 0)
                    {
                        row[CMajorProject] = Flag(false);
                    }

                    break;
            }

            row[CTotalInvestment] = FormatMoney(total);
            row[CApprovedInvestment] = FormatMoney(approved);
            if (variant == Variant.Override)
            {
                var amount = Money(6_000_000, 12_000_000, 100_000);
                row[COverrideAmount] = FormatMoney(amount);
                row[COverrideRef] = ApprovalReference(row);
                return amount;
            }

            if (variant is Variant.NotProducerService or Variant.ZeroBase)
            {
                return 0m;
            }

            var cap = variant == Variant.MajorProject ? 20_000_000m : 5_000_000m;
            return Math.Min(FloorFen(0.1m * approved), cap);
        }

        private decimal FillMeasure2(string?[] row, Variant variant, PlatformField field)
        {
            var approved = variant switch
            {
                Variant.Cap => Money(25_000_000, 80_000_000),
                Variant.AtThreshold => 5_000_000m,
                Variant.BelowThreshold => Money(800_000, 4_990_000),
                Variant.UnlistedField => Money(5_500_000, 40_000_000),
                _ => Money(5_010_000, 24_900_000),
            };
            row[CPlatformField] = variant == Variant.UnlistedField
                ? Pick(UnlistedFieldTexts)
                : _rng.Next(4) == 0 ? field.ToChineseName() : field.ToCode();
            if (variant != Variant.UnlistedField)
            {
                row[CApplicantName] = CompanyName(ShortName(row), PlatformWords[(int)field - 1]);
            }

            row[CApprovedInvestment] = FormatMoney(approved);
            return variant is Variant.AtThreshold or Variant.BelowThreshold or Variant.UnlistedField
                ? 0m
                : Math.Min(FloorFen(0.2m * approved), 5_000_000m);
        }

        private decimal FillMeasure3(string?[] row, Variant variant)
        {
            if (variant == Variant.NotGradeA)
            {
                row[CClusterGrade] = Pick(["B", "B", "C", "D"]);
                return 0m;
            }

            var tier = 1 + _rng.Next(5);
            row[CClusterGrade] = "A";
            row[CClusterTier] = tier.ToString(CultureInfo.InvariantCulture);
            return (12 - (2 * tier)) * 1_000_000m;
        }

        private decimal FillMeasure5(string?[] row, Variant variant)
        {
            if (variant == Variant.NotStarRated)
            {
                row[CStarRated] = Flag(false);
                return 0m;
            }

            row[CStarRated] = Flag(true);
            switch (variant)
            {
                case Variant.GrowthHigh:
                    row[CRevenueGrowth] = Rate(2_000 + _rng.Next(2_500));
                    return 1_000_000m;
                case Variant.GrowthMid:
                    row[CRevenueGrowth] = Rate(1_000 + _rng.Next(1_000));
                    return 500_000m;
                case Variant.GrowthLow:
                    row[CRevenueGrowth] = Rate(-800 + _rng.Next(1_800));
                    return 0m;
                default:
                    var tier = 1 + _rng.Next(2);
                    row[CBuildingTier] = tier.ToString(CultureInfo.InvariantCulture);
                    if (_rng.Next(3) == 0)
                    {
                        row[CRevenueGrowth] = Rate(tier == 1 ? 2_000 + _rng.Next(2_000) : 1_000 + _rng.Next(1_000));
                    }

                    return tier == 1 ? 1_000_000m : 500_000m;
            }
        }

        private decimal FillMeasure7c(string?[] row, Variant variant)
        {
            row[CProducerService] = Flag(true);
            row[CSpunOff] = Flag(variant != Variant.NotSpunOff);
            row[CAnnualRevenue] = FormatMoney(variant switch
            {
                Variant.BelowThreshold => _rng.Next(3) == 0 ? 19_999_999.99m : Money(8_000_000, 19_900_000),
                _ => _rng.Next(8) == 0 ? 20_000_000m : Money(20_000_000, 260_000_000),
            });
            return variant == Variant.Standard ? 1_000_000m : 0m;
        }

        private decimal FillMeasure13(string?[] row, Variant variant)
        {
            var input = variant == Variant.Cap ? Money(3_400_000, 9_000_000) : Money(200_000, 3_300_000);
            row[CEventInput] = FormatMoney(input);
            if (variant == Variant.NotProducerService)
            {
                row[CProducerService] = Flag(false);
                return 0m;
            }

            if (_rng.Next(2) == 0)
            {
                row[CProducerService] = Flag(true);
            }

            return Math.Min(FloorFen(0.3m * input), 1_000_000m);
        }

        // ---- 就高不重复 -----------------------------------------------------------------------------------------

        private static readonly MeasureId[] OtherPolicyMeasures =
            [MeasureId.Measure1, MeasureId.Measure2, MeasureId.Measure5, MeasureId.Measure7c, MeasureId.Measure13];

        private void OtherPolicy(bool higher)
        {
            var (row, award) = Single(Pick(OtherPolicyMeasures), Variant.Standard, NormalDate());
            var other = higher
                ? CeilingTo(award * (120 + _rng.Next(80)) / 100m, 10_000m)
                : Math.Max(10_000m, FloorTo(award * (30 + _rng.Next(50)) / 100m, 10_000m));
            row[COtherPolicyAward] = FormatMoney(other);
            row[COtherPolicyName] = Pick(OtherPolicies);
        }

        /// <summary>A project and the public service platform it builds apply under measures 1 and 2.</summary>
        private void GroupProjectPlatform()
        {
            var date = NormalDate();
            var subject = NewSubjectId("XM");
            var field = Pick(ListedFields);
            var party = PartyFor(MeasureId.Measure1, PickDistrict(date), Variant.Standard);
            party = party with { Name = CompanyName(ShortName(party.DistrictCode), PlatformWords[(int)field - 1]) };
            var project = NewRow(MeasureId.Measure1, date, party, subject);
            var award1 = FillMeasure1(project, Variant.Standard);
            var approved = project[CApprovedInvestment];
            var platform = NewRow(MeasureId.Measure2, WithinDays(date, 20), party, subject);
            platform[CApprovedInvestment] = approved;
            platform[CPlatformField] = _rng.Next(4) == 0 ? field.ToChineseName() : field.ToCode();
            var amount = decimal.Parse(approved!, CultureInfo.InvariantCulture);
            var award2 = amount > 5_000_000m ? Math.Min(FloorFen(0.2m * amount), 5_000_000m) : 0m;
            if (_rng.Next(4) == 0)
            {
                // Another municipal policy already supports the project, more than either measure would.
                var best = Math.Max(award1, award2);
                var target = _rng.Next(2) == 0 ? project : platform;
                target[COtherPolicyAward] = FormatMoney(CeilingTo(best * (110 + _rng.Next(60)) / 100m, 10_000m));
                target[COtherPolicyName] = Pick(OtherPolicies);
            }
        }

        /// <summary>An A-grade cluster and its star-rated landmark building apply under measures 3 and 5.</summary>
        private void GroupClusterBuilding()
        {
            var date = NormalDate();
            var district = PickDistrict(date);
            var subject = NewSubjectId("JJQ");
            var cluster = NewRow(MeasureId.Measure3, date, PartyFor(MeasureId.Measure3, district, Variant.Standard), subject);
            FillMeasure3(cluster, Variant.Standard);
            var building = NewRow(MeasureId.Measure5, WithinDays(date, 30), PartyFor(MeasureId.Measure5, district, Variant.Standard), subject);
            FillMeasure5(building, Variant.Standard);
        }

        /// <summary>The same project applies twice under measure 1, the second time after its investment was verified again.</summary>
        private void GroupResubmission()
        {
            var date = NormalDate();
            var subject = NewSubjectId("XM");
            var party = PartyFor(MeasureId.Measure1, PickDistrict(date), Variant.Standard);
            var first = NewRow(MeasureId.Measure1, date, party, subject);
            FillMeasure1(first, Variant.Standard);
            var later = date.PlusDays(45 + _rng.Next(120));
            var era = EraOf(date);
            if (era.To is { } to && later > to)
            {
                later = to;
            }

            if (later > LastDate)
            {
                later = LastDate;
            }

            var second = NewRow(MeasureId.Measure1, WorkingDay(later, date, later), party, subject);
            second[CProducerService] = first[CProducerService];
            second[CTotalInvestment] = first[CTotalInvestment];
            var approved = decimal.Parse(first[CApprovedInvestment]!, CultureInfo.InvariantCulture);
            var total = decimal.Parse(first[CTotalInvestment]!, CultureInfo.InvariantCulture);
            second[CApprovedInvestment] = _rng.Next(3) switch
            {
                0 => first[CApprovedInvestment],
                1 => FormatMoney(FloorTo(approved * (80 + _rng.Next(20)) / 100m, 10_000m)),
                _ => FormatMoney(Math.Min(total, CeilingTo(approved * (101 + _rng.Next(20)) / 100m, 10_000m))),
            };
        }

        /// <summary>A public service platform also runs an event platform: measures 2 and 13 for one subject.</summary>
        private void GroupPlatformEvent()
        {
            var date = NormalDate();
            var subject = NewSubjectId("PT");
            var field = Pick(ListedFields);
            var party = PartyFor(MeasureId.Measure2, PickDistrict(date), Variant.Standard);
            party = party with { Name = CompanyName(ShortName(party.DistrictCode), PlatformWords[(int)field - 1]) };
            var platform = NewRow(MeasureId.Measure2, date, party, subject);
            FillMeasure2(platform, Variant.Standard, field);
            platform[CApplicantName] = party.Name;
            var evt = NewRow(MeasureId.Measure13, WithinDays(date, 60), party, subject);
            FillMeasure13(evt, Variant.Standard);
        }

        // ---- invalid rows -------------------------------------------------------------------------------------

        private static readonly MeasureId[] CreditCodeMeasures =
        [
            MeasureId.Measure1, MeasureId.Measure2, MeasureId.Measure3, MeasureId.Measure5,
            MeasureId.Measure7a, MeasureId.Measure7b, MeasureId.Measure7c, MeasureId.Measure13,
        ];

        private void Invalid(Kind kind)
        {
            switch (kind)
            {
                case Kind.InvalidCreditCode:
                    {
                        var (row, _) = Single(Pick(CreditCodeMeasures), Variant.Standard, NormalDate());
                        row[CCreditCode] = CorruptCreditCode(row[CCreditCode]!);
                        break;
                    }

                case Kind.InvalidMissingCell:
                    MissingCell();
                    break;
                case Kind.InvalidAmount:
                    {
                        var (measure, column) = _rng.Next(5) switch
                        {
                            0 => (MeasureId.Measure1, CTotalInvestment),
                            1 => (MeasureId.Measure1, CApprovedInvestment),
                            2 => (MeasureId.Measure2, CApprovedInvestment),
                            3 => (MeasureId.Measure13, CEventInput),
                            _ => (MeasureId.Measure7c, CAnnualRevenue),
                        };
                        var (row, _) = Single(measure, Variant.Standard, NormalDate());
                        row[column] = UnreadableAmount(row[column]!);
                        break;
                    }

                case Kind.InvalidDate:
                    {
                        var date = NormalDate();
                        var (row, _) = Single(Pick(AllButSix), Variant.Standard, date);
                        row[CApplicationDate] = UnreadableDate(date);
                        break;
                    }

                case Kind.InvalidAbolishedDistrict:
                    {
                        var from = TransitionEnd.PlusDays(1);
                        Single(Pick(AllButSix), Variant.Standard, WorkingDay(RandomDate(from, LastDate), from, LastDate), Pick(LegacyUnits).Code);
                        break;
                    }

                case Kind.InvalidDistrictNotYetInForce:
                    {
                        var unit = Pick(NewUnits);
                        var to = unit.ValidFrom!.Value.PlusDays(-1);
                        var from = to.PlusDays(-180);
                        Single(Pick(AllButSix), Variant.Standard, WorkingDay(RandomDate(from, to), from, to), unit.Code);
                        break;
                    }

                case Kind.InvalidInconsistent:
                    Inconsistent();
                    break;
                default:
                    {
                        // A code of a county upgraded to a district years ago, still in an old spreadsheet.
                        var (row, _) = Single(Pick(AllButSix), Variant.Standard, NormalDate());
                        var (code, name) = Pick(StaleCounties);
                        var current = ShortName(row);
                        if (row[CApplicantName] is { } applicant && applicant.StartsWith("重庆", StringComparison.Ordinal) && !applicant.StartsWith("重庆市", StringComparison.Ordinal))
                        {
                            row[CApplicantName] = applicant.Replace(current, name, StringComparison.Ordinal);
                        }

                        row[CDistrictCode] = code.ToString(CultureInfo.InvariantCulture);

                        if (row[CCreditCode] is { } credit)
                        {
                            row[CCreditCode] = CreditCode(credit.AsSpan(0, 2), code, credit.AsSpan(8, 9));
                        }

                        break;
                    }
            }
        }

        /// <summary>A row whose cells read but contradict the contract: amounts, overrides or tiers.</summary>
        private void Inconsistent()
        {
            switch (_rng.Next(5))
            {
                case 0:
                case 1:
                    {
                        // Approved investment above the project's total investment.
                        var (row, _) = Single(MeasureId.Measure1, Variant.Standard, NormalDate());
                        var approved = decimal.Parse(row[CApprovedInvestment]!, CultureInfo.InvariantCulture);
                        row[CTotalInvestment] = FormatMoney(FloorTo(approved * (60 + _rng.Next(35)) / 100m, 10_000m));
                        break;
                    }

                case 2:
                    {
                        // An override without the approving body and document number.
                        var (row, _) = Single(MeasureId.Measure1, Variant.Override, NormalDate());
                        row[COverrideRef] = null;
                        break;
                    }

                case 3:
                    {
                        // An approval reference with the discretionary amount left out.
                        var (row, _) = Single(MeasureId.Measure1, Variant.Override, NormalDate());
                        row[COverrideAmount] = null;
                        break;
                    }

                default:
                    if (_rng.Next(2) == 0)
                    {
                        var (row, _) = Single(MeasureId.Measure3, Variant.Standard, NormalDate());
                        row[CClusterTier] = Pick(["0", "6"]);
                    }
                    else
                    {
                        var (row, _) = Single(MeasureId.Measure5, Variant.Standard, NormalDate());
                        row[CBuildingTier] = "3";
                        row[CRevenueGrowth] = null;
                    }

                    break;
            }
        }

        private void MissingCell()
        {
            switch (_rng.Next(8))
            {
                case 0:
                    {
                        var (row, _) = Single(Pick(CreditCodeMeasures), Variant.Standard, NormalDate());
                        row[CCreditCode] = null;
                        break;
                    }

                case 1:
                    {
                        var (row, _) = Single(MeasureId.Measure1, Variant.Standard, NormalDate());
                        row[CTotalInvestment] = null;
                        break;
                    }

                case 2:
                    {
                        var (row, _) = Single(MeasureId.Measure13, Variant.Standard, NormalDate());
                        row[CEventInput] = null;
                        break;
                    }

                case 3:
                    {
                        var (row, _) = Single(MeasureId.Measure3, Variant.Standard, NormalDate());
                        row[CClusterTier] = null;
                        break;
                    }

                case 4:
                    {
                        var (row, _) = Single(MeasureId.Measure2, Variant.Standard, NormalDate());
                        row[CPlatformField] = null;
                        break;
                    }

                case 5:
                    {
                        var (row, _) = Single(MeasureId.Measure5, Variant.Standard, NormalDate());
                        row[CBuildingTier] = null;
                        row[CRevenueGrowth] = null;
                        break;
                    }

                case 6:
                    {
                        var (row, _) = Single(MeasureId.Measure7c, Variant.Standard, NormalDate());
                        row[CAnnualRevenue] = null;
                        break;
                    }

                default:
                    {
                        var (row, _) = Single(MeasureId.Measure4, Variant.Standard, NormalDate());
                        row[CInCluster] = null;
                        break;
                    }
            }
        }

        private string CorruptCreditCode(string code)
        {
            switch (_rng.Next(6))
            {
                case 0:
                    // The letter O typed for the digit 0 of the division code.
                    return string.Concat(code.AsSpan(0, 3), "O", code.AsSpan(4));
                case 1:
                    // One character lost.
                    return code.Remove(9 + _rng.Next(8), 1);
                default:
                    {
                        // A slip in the check character.
                        var alphabet = UnifiedSocialCreditCode.Alphabet;
                        var value = alphabet.IndexOf(code[^1], StringComparison.Ordinal);
                        var wrong = alphabet[(value + 1 + _rng.Next(alphabet.Length - 1)) % alphabet.Length];
                        return string.Concat(code.AsSpan(0, 17), new string(wrong, 1));
                    }
            }
        }

        private string UnreadableAmount(string amount)
        {
            var value = decimal.Parse(amount, CultureInfo.InvariantCulture);
            var yuan = decimal.Truncate(value);
            switch (_rng.Next(4))
            {
                case 0:
                    // Thousands separators, as a spreadsheet shows them.
                    return yuan.ToString("#,0", CultureInfo.InvariantCulture);
                case 1:
                    // Written in 万元.
                    return (yuan / 10_000m).ToString("0.##", CultureInfo.InvariantCulture) + "万";
                case 2:
                    // The letter O typed for zeros, and a separator.
                    return yuan.ToString("#,0", CultureInfo.InvariantCulture).Replace('0', 'O');
                default:
                    // With the unit written after it.
                    return yuan.ToString("0", CultureInfo.InvariantCulture) + "元";
            }
        }

        private string UnreadableDate(LocalDate date)
        {
            var (y, m, d) = (date.Year, date.Month, date.Day);
            return _rng.Next(5) switch
            {
                0 => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-02-{29 + _rng.Next(2) + (CalendarSystem.Iso.IsLeapYear(y) ? 1 : 0)}"),
                1 => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{Pick([4, 6, 9, 11]):D2}-31"),
                2 => string.Create(CultureInfo.InvariantCulture, $"{y:D4}/{m}/{d}"),
                3 => string.Create(CultureInfo.InvariantCulture, $"{y:D4}年{m}月{d}日"),
                _ => string.Create(CultureInfo.InvariantCulture, $"{y:D4}{m:D2}{d:D2}"),
            };
        }

        // ---- parties ------------------------------------------------------------------------------------------

        private Party PartyFor(MeasureId measure, int district, Variant variant)
        {
            var place = ShortName(district);
            var unitName = DistrictRegistry.Default.TryGet(district, out var unit) ? unit.NameZh : place;
            switch (measure)
            {
                case MeasureId.Measure3:
                case MeasureId.Measure6:
                case MeasureId.Measure7a:
                    return new Party(
                        measure == MeasureId.Measure3 && _rng.Next(3) == 0 ? $"重庆市{unitName}发展和改革委员会" : $"重庆市{unitName}人民政府",
                        NewCreditCode(Organisation.Government, district),
                        district);
                case MeasureId.Measure7b:
                case MeasureId.Measure14:
                    return new Party(
                        _rng.Next(3) == 0 ? $"重庆市{unitName}{Pick(AssociationWords)}" : $"重庆市{Pick(AssociationWords)}",
                        NewCreditCode(Organisation.Association, district),
                        district);
                case MeasureId.Measure11:
                    switch (_rng.Next(6))
                    {
                        case 0:
                            return new Party($"重庆{Pick(Brands)}律师事务所", NewCreditCode(Organisation.LawFirm, district), district);
                        case 1:
                            return new Party($"{unitName}{Pick(Brands)}{Pick(["设计工作室", "咨询服务部", "软件开发工作室"])}", NewCreditCode(Organisation.IndividualBusiness, district), district);
                        default:
                            break;
                    }

                    break;
            }

            var words = measure switch
            {
                MeasureId.Measure1 => ProjectWords,
                MeasureId.Measure2 => variant == Variant.UnlistedField ? UnlistedPlatformWords : ProjectWords,
                MeasureId.Measure4 => ProjectWords,
                MeasureId.Measure5 => BuildingWords,
                MeasureId.Measure7c => SpinOffWords,
                MeasureId.Measure7d => ProjectWords,
                MeasureId.Measure8 or MeasureId.Measure9 or MeasureId.Measure10 => FinanceSeekerWords,
                MeasureId.Measure11 => KnowledgeWords,
                MeasureId.Measure12 => TalentWords,
                MeasureId.Measure13 => EventWords,
                MeasureId.Measure15 => OpenCooperationWords,
                MeasureId.Measure16 => variant == Variant.NotProducerService || _rng.Next(2) == 0 ? IndustrialWords : ProjectWords,
                _ => ProjectWords,
            };
            var required = Array.IndexOf(CreditCodeMeasures, measure) >= 0;
            var code = required || _rng.Next(10) > 0 ? NewCreditCode(Organisation.Enterprise, district) : null;
            return new Party(CompanyName(place, Pick(words)), code, district);
        }

        private string CompanyName(string place, string business)
        {
            var suffix = _rng.Next(20) switch
            {
                0 => "股份有限公司",
                1 or 2 => "有限责任公司",
                _ => "有限公司",
            };
            return $"重庆{place}{Pick(Brands)}{business}{suffix}";
        }

        private string ApprovalReference(string?[] row) =>
            string.Create(CultureInfo.InvariantCulture, $"重庆市人民政府办公厅 渝府办函〔{row[CApplicationDate]![..4]}〕{1 + _rng.Next(180)}号");

        private string NewCreditCode(Organisation organisation, int district)
        {
            Span<char> body = stackalloc char[9];
            var (prefix, letters) = organisation switch
            {
                Organisation.Government => ("11", false),
                Organisation.Association => ("51", false),
                Organisation.LawFirm => ("31", false),
                Organisation.IndividualBusiness => ("92", true),
                _ => ("91", _rng.Next(4) > 0),
            };
            if (letters)
            {
                // Codes issued since 2015 carry "MA" and a serial in the code's own alphabet.
                body[0] = 'M';
                body[1] = 'A';
                var series = Pick(["5U", "5Y", "60", "61", "62", "6A"]);
                body[2] = series[0];
                body[3] = series[1];
                for (var i = 4; i < 8; i++)
                {
                    body[i] = UnifiedSocialCreditCode.Alphabet[_rng.Next(UnifiedSocialCreditCode.Alphabet.Length)];
                }
            }
            else
            {
                body[0] = organisation == Organisation.Government ? '0' : (char)('2' + _rng.Next(6));
                for (var i = 1; i < 8; i++)
                {
                    body[i] = (char)('0' + _rng.Next(10));
                }
            }

            body[8] = OrganisationCheck(body[..8]);
            return CreditCode(prefix, district, body);
        }

        /// <summary>Assembles a 统一社会信用代码 and appends the GB 32100-2015 check character the library computes.</summary>
        private static string CreditCode(ReadOnlySpan<char> prefix, int district, ReadOnlySpan<char> organisationCode)
        {
            Span<char> code = stackalloc char[UnifiedSocialCreditCode.Length];
            prefix.CopyTo(code);
            district.TryFormat(code.Slice(2, 6), out _, "D6", CultureInfo.InvariantCulture);
            organisationCode.CopyTo(code[8..]);
            if (!UnifiedSocialCreditCode.TryComputeCheckCharacter(code[..17], out var check))
            {
                throw new InvalidOperationException("A generated credit code left the code's alphabet.");
            }

            code[17] = check;
            return new string(code);
        }

        /// <summary>The check character of a GB 11714 organisation code (weights 3 7 9 10 5 8 4 2, modulus 11).</summary>
        private static char OrganisationCheck(ReadOnlySpan<char> body)
        {
            ReadOnlySpan<int> weights = [3, 7, 9, 10, 5, 8, 4, 2];
            var sum = 0;
            for (var i = 0; i < body.Length; i++)
            {
                var c = body[i];
                sum += (c <= '9' ? c - '0' : c - 'A' + 10) * weights[i];
            }

            var check = 11 - (sum % 11);
            return check switch
            {
                10 => 'X',
                11 => '0',
                _ => (char)('0' + check),
            };
        }

        private static string ShortName(string?[] row) =>
            ShortName(int.Parse(row[CDistrictCode]!, NumberStyles.None, CultureInfo.InvariantCulture));

        /// <summary>The short form of a unit's name used inside company names: 渝中, 两江, 石柱, 忠县.</summary>
        private static string ShortName(int district)
        {
            if (!DistrictRegistry.Default.TryGet(district, out var unit))
            {
                foreach (var (code, name) in StaleCounties)
                {
                    if (code == district)
                    {
                        return name;
                    }
                }

                return string.Empty;
            }

            var full = unit.NameZh;
            if (full.EndsWith("自治县", StringComparison.Ordinal))
            {
                return full[..2];
            }

            if (full.EndsWith("新区", StringComparison.Ordinal))
            {
                return full[..^2];
            }

            return full.Length > 2 ? full[..^1] : full;
        }

        // ---- dates and districts ------------------------------------------------------------------------------

        /// <summary>A working day within the policy's validity, up to <see cref="LastDate"/>.</summary>
        private LocalDate NormalDate() => WorkingDay(RandomDate(ValidFrom, LastDate), ValidFrom, LastDate);

        private LocalDate RandomDate(LocalDate from, LocalDate to) => from.PlusDays(_rng.Next(Period.DaysBetween(from, to) + 1));

        private LocalDate WithinDays(LocalDate date, int days)
        {
            // Stays in the era of the first date so the district code fits both.
            var later = date.PlusDays(_rng.Next(days + 1));
            var era = EraOf(date);
            var last = era.To is { } to && to < LastDate ? to : LastDate;
            return later > last ? date : WorkingDay(later, date, last);
        }

        /// <summary>Moves a weekend day to the Friday before, unless that leaves the interval.</summary>
        private static LocalDate WorkingDay(LocalDate date, LocalDate from, LocalDate to)
        {
            var shifted = date.DayOfWeek switch
            {
                IsoDayOfWeek.Saturday => date.PlusDays(-1),
                IsoDayOfWeek.Sunday => date.PlusDays(-2),
                _ => date,
            };
            return shifted >= from && shifted <= to ? shifted : date;
        }

        private static Era EraOf(LocalDate date)
        {
            var era = Eras[0];
            foreach (var candidate in Eras)
            {
                if (candidate.From <= date)
                {
                    era = candidate;
                }
            }

            return era;
        }

        private int PickDistrict(LocalDate date)
        {
            var era = EraOf(date);
            var draw = _rng.Next(era.CumulativeWeights[^1]);
            var index = Array.BinarySearch(era.CumulativeWeights, draw + 1);
            return era.Units[index >= 0 ? index : ~index].Code;
        }

        // ---- values -------------------------------------------------------------------------------------------

        private T Pick<T>(T[] items) => items[_rng.Next(items.Length)];

        private string Flag(bool value)
        {
            var style = _rng.Next(20);
            return style switch
            {
                0 => value ? "是" : "否",
                1 => value ? "1" : "0",
                2 => value ? "yes" : "no",
                _ => value ? "true" : "false",
            };
        }

        /// <summary>A growth rate given in hundredths of a percent, written as a fraction or, on some rows, as a percentage.</summary>
        private string Rate(int basisPoints)
        {
            var fraction = basisPoints / 10_000m;
            return _rng.Next(4) == 0
                ? (fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%"
                : fraction.ToString("0.####", CultureInfo.InvariantCulture);
        }

        /// <summary>An amount in yuan: mostly whole 万元 or thousands, sometimes to the fen as verified figures are.</summary>
        private decimal Money(int minYuan, int maxYuan, int step = 0)
        {
            if (step == 0)
            {
                step = _rng.Next(4) switch
                {
                    0 => 1,
                    1 => 1_000,
                    _ => 10_000,
                };
            }

            var low = (minYuan + step - 1) / step;
            var high = maxYuan / step;
            var yuan = (decimal)(low + _rng.Next(high - low + 1)) * step;
            if (step == 1 && _rng.Next(2) == 0)
            {
                yuan += (1 + _rng.Next(99)) / 100m;
            }

            return yuan;
        }

        /// <summary>A total investment at or above an approved amount: the approved share is 55%–100% of it.</summary>
        private decimal Above(decimal approved)
        {
            var share = 55 + _rng.Next(46);
            return share == 100 ? approved : Math.Max(approved, CeilingTo(approved * 100m / share, 10_000m));
        }

        private static decimal FloorFen(decimal value) => decimal.Floor(value * 100m) / 100m;

        private static decimal FloorTo(decimal value, decimal unit) => decimal.Floor(value / unit) * unit;

        private static decimal CeilingTo(decimal value, decimal unit) => decimal.Ceiling(value / unit) * unit;

        private static string FormatMoney(decimal yuan) => yuan.ToString("0.##", CultureInfo.InvariantCulture);

        private static string FormatDate(LocalDate date) =>
            string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

        // ---- words --------------------------------------------------------------------------------------------

        private static readonly string[] Brands =
        [
            "汇通", "恒信", "金桥", "云智", "渝丰", "中联", "华创", "博远", "瑞达", "星辰", "长嘉", "山城", "嘉陵", "宏图",
            "鼎盛", "新航", "卓越", "同创", "和泰", "天成", "智汇", "远景", "巴渝", "朝天门", "两山", "聚力", "锦程", "启明",
        ];

        private static readonly string[] ProjectWords =
        [
            "供应链科技", "数字物流", "工业互联网", "研发设计", "检验检测", "智慧物流", "科技服务", "数据服务", "节能环保科技",
            "信息技术", "工业设计", "软件技术", "冷链物流", "大数据", "云计算科技", "商务咨询", "知识产权服务", "人力资源服务",
            "融资租赁", "现代物流", "智能制造服务", "电子商务",
        ];

        private static readonly string[] PlatformWords =
        [
            "共性技术研究院", "科技成果转化服务", "中试熟化基地运营", "工业设计中心", "供应链管理", "知识产权运营", "品牌营销策划",
            "检验检测认证",
        ];

        private static readonly string[] UnlistedPlatformWords = ["数据标注服务", "碳资产管理", "低空经济服务", "算力调度服务", "跨境数据服务"];

        private static readonly string[] UnlistedFieldTexts = ["other", "other", "其他", "其他领域"];

        private static readonly string[] BuildingWords = ["商务楼宇运营管理", "物业服务", "商业管理", "楼宇经济发展", "金融中心运营管理"];

        private static readonly string[] SpinOffWords = ["物流", "节能环保", "检验检测", "能源管理", "设备运维服务", "供应链服务", "工业设计"];

        private static readonly string[] EventWords = ["会展服务", "会议服务", "展览展示", "文化传播", "国际会展"];

        private static readonly string[] FinanceSeekerWords = ["科技服务", "数据科技", "软件技术", "物流", "检测技术", "设计咨询", "信息服务"];

        private static readonly string[] KnowledgeWords = ["软件", "信息技术服务", "会计师事务所", "管理咨询", "工程设计", "税务师事务所"];

        private static readonly string[] TalentWords = ["人力资源服务", "人才发展", "职业技能培训", "软件技术", "工业设计"];

        private static readonly string[] OpenCooperationWords = ["国际贸易", "跨境电商", "国际物流", "对外经济技术合作", "国际供应链"];

        private static readonly string[] IndustrialWords = ["机械制造", "汽车零部件", "电子科技", "新材料", "精密铸造", "摩托车制造"];

        private static readonly string[] AssociationWords =
        [
            "现代物流行业协会", "软件行业协会", "检验检测认证协会", "工业设计协会", "供应链管理协会", "会展行业协会",
            "人力资源服务行业协会", "知识产权服务业协会", "服务外包协会", "电子商务协会", "商务咨询服务业商会",
        ];

        private static readonly string[] OtherPolicies =
        [
            "重庆市工业和信息化专项资金", "重庆市科技创新专项资金", "重庆市商务发展专项资金", "重庆市现代物流业发展专项资金",
            "重庆市中小企业发展专项资金", "重庆市会展业发展扶持资金",
        ];

        // Codes of counties that became districts in 2014–2016, no longer GB/T 2260 codes of any unit.
        private static readonly (int Code, string Name)[] StaleCounties =
        [
            (500223, "潼南"), (500224, "铜梁"), (500226, "荣昌"), (500227, "璧山"), (500228, "梁平"), (500232, "武隆"), (500234, "开县"),
        ];
    }
}
