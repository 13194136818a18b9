using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;
using NodaTime;
using NodaTime.Text;

namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// The table of every parameter: how each reads from and writes to JSON. Loading walks this table by name;
/// nothing is found by reflection and nothing in a file is evaluated.
/// </summary>
internal static class ParameterCatalogue
{
    private static readonly MeasureId? General = null;

    internal static ImmutableArray<ParameterDescriptor> All { get; } =
    [
        // General: X1–X6 and the district registry.
        Date(General, "valid_from", PolicyClause.Validity, false, "七、附则：自发布之日起施行 (X1)",
            "First day the policy is in force (issue date).", p => p.General.ValidFrom, (b, v) => b.General = b.General with { ValidFrom = v }),
        Date(General, "valid_to", PolicyClause.Validity, false, "七、附则：有效期至2027年12月31日 (X1)",
            "Last day the policy is in force, inclusive.", p => p.General.ValidTo, (b, v) => b.General = b.General with { ValidTo = v }),
        Dec(General, "rounding_unit_yuan", PolicyClause.Rounding, true, "X4",
            "Ceilings are rounded down to a multiple of this unit: 0.01 (fen), 1 (yuan) or 100 (0.01 万元).",
            p => p.General.RoundingUnitYuan, (b, v) => b.General = b.General with { RoundingUnitYuan = v }),
        Bool(General, "deduplicate_within_policy", PolicyClause.NonDuplication, true, "X3",
            "就高不重复 also applies between measures of this policy for the same subject.",
            p => p.General.DeduplicateWithinPolicy, (b, v) => b.General = b.General with { DeduplicateWithinPolicy = v }),
        Bool(General, "ties_go_to_other_policy", PolicyClause.NonDuplication, true, "X3",
            "On equal amounts, the earlier-granted other municipal policy keeps the support.",
            p => p.General.TiesGoToOtherPolicy, (b, v) => b.General = b.General with { TiesGoToOtherPolicy = v }),
        Measures(General, "override_measures", PolicyClause.Discretion, true, "X6",
            "Measures whose text says 原则上, so an approved discretionary amount may replace the default ceiling.",
            p => p.General.OverrideMeasures, (b, v) => b.General = b.General with { OverrideMeasures = v }),
        Measures(General, "credit_code_required_measures", PolicyClause.None, true, "Record fields",
            "Measures whose applicant must give a 统一社会信用代码.",
            p => p.General.CreditCodeRequiredMeasures, (b, v) => b.General = b.General with { CreditCodeRequiredMeasures = v }),
        OptionalDate(General, "legacy_district_codes_accepted_until", PolicyClause.DistrictRegistry, true, "District registry",
            "Last day the codes of abolished units (500105, 500112) are still accepted, naming the successor; null for none.",
            p => p.General.LegacyDistrictCodesAcceptedUntil, (b, v) => b.General = b.General with { LegacyDistrictCodesAcceptedUntil = v }),

        // Measure 1
        Dec(MeasureId.Measure1, "rate", PolicyClause.Measure1, true, "（一）按照经核定的投资金额给予一次性补助",
            "Share of the approved investment subsidised.", p => p.Measure1.Rate, (b, v) => b.Measure1 = b.Measure1 with { Rate = v }),
        Dec(MeasureId.Measure1, "total_investment_ratio_cap", PolicyClause.Measure1, false, "（一）原则上不超过项目投资总额的10%",
            "Ceiling as a share of total project investment.", p => p.Measure1.TotalInvestmentRatioCap, (b, v) => b.Measure1 = b.Measure1 with { TotalInvestmentRatioCap = v }),
        Dec(MeasureId.Measure1, "cap_yuan", PolicyClause.Measure1, false, "（一）最高不超过500万元",
            "Absolute cap per project, yuan.", p => p.Measure1.CapYuan, (b, v) => b.Measure1 = b.Measure1 with { CapYuan = v }),
        Dec(MeasureId.Measure1, "major_project_cap_yuan", PolicyClause.Measure1, false, "（一）特别重大的项目…原则上不超过2000万元",
            "Absolute cap for an especially major project approved by the municipal government, yuan.",
            p => p.Measure1.MajorProjectCapYuan, (b, v) => b.Measure1 = b.Measure1 with { MajorProjectCapYuan = v }),

        // Measure 2
        Dec(MeasureId.Measure2, "investment_threshold_yuan", PolicyClause.Measure2, false, "（二）投资额超过500万元的",
            "Investment must be strictly above this amount, yuan.", p => p.Measure2.InvestmentThresholdYuan, (b, v) => b.Measure2 = b.Measure2 with { InvestmentThresholdYuan = v }),
        Dec(MeasureId.Measure2, "rate", PolicyClause.Measure2, false, "（二）按不超过投资额的20%给予补助",
            "Share of the approved investment subsidised.", p => p.Measure2.Rate, (b, v) => b.Measure2 = b.Measure2 with { Rate = v }),
        Dec(MeasureId.Measure2, "cap_yuan", PolicyClause.Measure2, false, "（二）最高不超过500万元",
            "Absolute cap per platform, yuan.", p => p.Measure2.CapYuan, (b, v) => b.Measure2 = b.Measure2 with { CapYuan = v }),
        Bool(MeasureId.Measure2, "unlisted_fields_need_review", PolicyClause.Measure2, true, "（二）…检验检测认证等领域",
            "A platform in a field the text does not name needs review (true) or is ineligible (false).",
            p => p.Measure2.UnlistedFieldsNeedReview, (b, v) => b.Measure2 = b.Measure2 with { UnlistedFieldsNeedReview = v }),

        // Measure 3
        Dec(MeasureId.Measure3, "award_min_yuan", PolicyClause.Measure3, false, "（三）分档次给予200—1000万元奖励",
            "Lowest tier amount allowed, yuan.", p => p.Measure3.AwardMinYuan, (b, v) => b.Measure3 = b.Measure3 with { AwardMinYuan = v }),
        Dec(MeasureId.Measure3, "award_max_yuan", PolicyClause.Measure3, false, "（三）分档次给予200—1000万元奖励",
            "Highest tier amount allowed, yuan.", p => p.Measure3.AwardMaxYuan, (b, v) => b.Measure3 = b.Measure3 with { AwardMaxYuan = v }),
        Tiers(MeasureId.Measure3, "tier_amounts_yuan", PolicyClause.Measure3, true, "（三）分档次",
            "Award per evaluation tier (1 = highest), yuan.", p => p.Measure3.TierAmountsYuan, b => b.Measure3.TierAmountsYuan, (b, v) => b.Measure3 = b.Measure3 with { TierAmountsYuan = v }),

        // Measure 5
        Tiers(MeasureId.Measure5, "tier_amounts_yuan", PolicyClause.Measure5, false, "（五）分档给予楼宇运营机构100万元、50万元的定额奖励",
            "Fixed award per tier, yuan.", p => p.Measure5.TierAmountsYuan, b => b.Measure5.TierAmountsYuan, (b, v) => b.Measure5 = b.Measure5 with { TierAmountsYuan = v }),
        Tiers(MeasureId.Measure5, "growth_thresholds", PolicyClause.Measure5, true, "（五）年度营业收入增速较快",
            "Revenue growth reaching each tier when no tier is given (inclusive).", p => p.Measure5.GrowthThresholds, b => b.Measure5.GrowthThresholds, (b, v) => b.Measure5 = b.Measure5 with { GrowthThresholds = v }),

        // Measure 6
        Int(MeasureId.Measure6, "first_band_last_rank", PolicyClause.Measure6, false, "（六）第1—5名",
            "Last rank of the first award band.", p => p.Measure6.FirstBandLastRank, (b, v) => b.Measure6 = b.Measure6 with { FirstBandLastRank = v }),
        Dec(MeasureId.Measure6, "first_band_award_yuan", PolicyClause.Measure6, false, "（六）分别给予500万元的一次性奖励",
            "Award for each rank of the first band, yuan.", p => p.Measure6.FirstBandAwardYuan, (b, v) => b.Measure6 = b.Measure6 with { FirstBandAwardYuan = v }),
        Int(MeasureId.Measure6, "second_band_last_rank", PolicyClause.Measure6, false, "（六）第6—10名",
            "Last rank of the second award band.", p => p.Measure6.SecondBandLastRank, (b, v) => b.Measure6 = b.Measure6 with { SecondBandLastRank = v }),
        Dec(MeasureId.Measure6, "second_band_award_yuan", PolicyClause.Measure6, false, "（六）分别给予300万元的一次性奖励",
            "Award for each rank of the second band, yuan.", p => p.Measure6.SecondBandAwardYuan, (b, v) => b.Measure6 = b.Measure6 with { SecondBandAwardYuan = v }),
        Dec(MeasureId.Measure6, "weight_new_count", PolicyClause.Measure6, true, "（六）新增数量…综合评价",
            "Relative weight of the normalised new count.", p => p.Measure6.WeightNewCount, (b, v) => b.Measure6 = b.Measure6 with { WeightNewCount = v }),
        Dec(MeasureId.Measure6, "weight_net_increase", PolicyClause.Measure6, true, "（六）净增数量…综合评价",
            "Relative weight of the normalised net increase.", p => p.Measure6.WeightNetIncrease, (b, v) => b.Measure6 = b.Measure6 with { WeightNetIncrease = v }),
        Dec(MeasureId.Measure6, "weight_revenue_growth", PolicyClause.Measure6, true, "（六）营业收入增速…综合评价",
            "Relative weight of the normalised revenue growth.", p => p.Measure6.WeightRevenueGrowth, (b, v) => b.Measure6 = b.Measure6 with { WeightRevenueGrowth = v }),
        Indicators(MeasureId.Measure6, "tie_break_order", PolicyClause.Measure6, true, "（六）综合评价",
            "Indicators that order districts with equal scores, first decisive first.", p => p.Measure6.TieBreakOrder, (b, v) => b.Measure6 = b.Measure6 with { TieBreakOrder = v }),
        Annual(MeasureId.Measure6, "membership_reference_day", PolicyClause.Measure6, true, "（六）对每年…",
            "Day of the year (MM-dd) whose units in force make up that year's ranking.", p => p.Measure6.MembershipReferenceDay, (b, v) => b.Measure6 = b.Measure6 with { MembershipReferenceDay = v }),

        // Measure 7a, 7c, 13
        Dec(MeasureId.Measure7a, "cap_yuan", PolicyClause.Measure7a, false, "（七）给予相应区县最高500万元奖励",
            "Award ceiling per first-time Top 500 enterprise, yuan.", p => p.Measure7a.CapYuan, (b, v) => b.Measure7a = b.Measure7a with { CapYuan = v }),
        Dec(MeasureId.Measure7c, "revenue_threshold_yuan", PolicyClause.Measure7c, false, "（七）年营业收入达到2000万元以上",
            "Annual revenue must reach this amount (inclusive), yuan.", p => p.Measure7c.RevenueThresholdYuan, (b, v) => b.Measure7c = b.Measure7c with { RevenueThresholdYuan = v }),
        Dec(MeasureId.Measure7c, "cap_yuan", PolicyClause.Measure7c, false, "（七）给予一次性奖励，最高不超过100万元",
            "One-time award ceiling, yuan.", p => p.Measure7c.CapYuan, (b, v) => b.Measure7c = b.Measure7c with { CapYuan = v }),
        Dec(MeasureId.Measure13, "rate", PolicyClause.Measure13, false, "（十三）按不超过实际投入的30%给予补助",
            "Share of the actual input subsidised.", p => p.Measure13.Rate, (b, v) => b.Measure13 = b.Measure13 with { Rate = v }),
        Dec(MeasureId.Measure13, "cap_yuan", PolicyClause.Measure13, false, "（十三）最高不超过100万元",
            "Absolute cap per event platform, yuan.", p => p.Measure13.CapYuan, (b, v) => b.Measure13 = b.Measure13 with { CapYuan = v }),
    ];

    internal static void Apply(JsonElement root, PolicyParametersBuilder builder, ParameterErrors errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("(file)", $"must be a JSON object with sections \"general\" and \"measures\", got {Describe(root)}");
            return;
        }

        foreach (var section in UniqueProperties(root, string.Empty, errors))
        {
            switch (section.Name)
            {
                case "general":
                    ApplySection(section.Value, "general", null, builder, errors);
                    break;
                case "measures":
                    ApplyMeasures(section.Value, builder, errors);
                    break;
                default:
                    errors.Add(section.Name, "unknown section; expected \"general\" or \"measures\"");
                    break;
            }
        }
    }

    internal static void Write(Utf8JsonWriter writer, PolicyParameters parameters)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("general");
        WriteGroup(writer, parameters, All.Where(d => d.Measure is null));
        writer.WriteEndObject();
        writer.WriteStartObject("measures");
        foreach (var group in All.Where(d => d.Measure is not null).GroupBy(d => d.Measure!.Value))
        {
            writer.WriteStartObject(group.Key.ToCode());
            WriteGroup(writer, parameters, group);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter writer, PolicyParameters parameters, IEnumerable<ParameterDescriptor> group)
    {
        foreach (var descriptor in group)
        {
            writer.WritePropertyName(descriptor.Name);
            descriptor.Write(writer, parameters);
        }
    }

    private static void ApplyMeasures(JsonElement measures, PolicyParametersBuilder builder, ParameterErrors errors)
    {
        if (measures.ValueKind != JsonValueKind.Object)
        {
            errors.Add("measures", $"must be an object keyed by measure code, got {Describe(measures)}");
            return;
        }

        foreach (var entry in UniqueProperties(measures, "measures.", errors))
        {
            var path = "measures." + entry.Name;
            if (!MeasureIds.TryParse(entry.Name, out var measure) || measure.ToCode() != entry.Name.Trim().ToLowerInvariant())
            {
                errors.Add(path, "unknown measure; expected 1…16 or 7a…7d");
                continue;
            }

            if (!All.Any(d => d.Measure == measure))
            {
                errors.Add(path, $"measure {measure.ToCode()} has no parameters");
                continue;
            }

            ApplySection(entry.Value, path, measure, builder, errors);
        }
    }

    private static void ApplySection(JsonElement section, string path, MeasureId? measure, PolicyParametersBuilder builder, ParameterErrors errors)
    {
        if (section.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, $"must be an object of parameters, got {Describe(section)}");
            return;
        }

        foreach (var property in UniqueProperties(section, path + ".", errors))
        {
            var descriptor = All.FirstOrDefault(d => d.Measure == measure && d.Name == property.Name);
            if (descriptor is null)
            {
                var known = string.Join(", ", All.Where(d => d.Measure == measure).Select(d => d.Name));
                errors.Add($"{path}.{property.Name}", $"unknown parameter; known: {known}");
                continue;
            }

            descriptor.Apply(builder, property.Value, descriptor.Path, errors);
        }
    }

    private static List<JsonProperty> UniqueProperties(JsonElement obj, string prefix, ParameterErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<JsonProperty>();
        foreach (var property in obj.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                errors.Add(prefix + property.Name, "appears more than once");
                continue;
            }

            list.Add(property);
        }

        return list;
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{e.GetString()}\"",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => e.GetRawText(),
    };

    private static ParameterDescriptor Dec(
        MeasureId? measure, string name, PolicyClause clause, bool interpretation, string reference, string description,
        Func<PolicyParameters, decimal> get, Action<PolicyParametersBuilder, decimal> set) =>
        new(measure, name, clause, interpretation, reference, description,
            (b, e, path, errors) =>
            {
                if (ReadDecimal(e, path, errors) is { } v)
                {
                    set(b, v);
                }
            },
            (w, p) => w.WriteNumberValue(get(p)));

    private static ParameterDescriptor Int(
        MeasureId? measure, string name, PolicyClause clause, bool interpretation, string reference, string description,
        Func<PolicyParameters, int> get, Action<PolicyParametersBuilder, int> set) =>
        new(measure, name, clause, interpretation, reference, description,
            (b, e, path, errors) =>
            {
                if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v))
                {
                    set(b, v);
                }
                else
                {
                    errors.Add(path, $"must be a whole number, got {Describe(e)}");
                }
            },
            (w, p) => w.WriteNumberValue(get(p)));

    private static ParameterDescriptor Bool(
        MeasureId? measure, string name, PolicyClause clause, bool interpretation, string reference, string description,
        Func<PolicyParameters, bool> get, Action<PolicyParametersBuilder, bool> set) =>
        new(measure, name, clause, interpretation, reference, description,
            (b, e, path, errors) =>
            {
                if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    set(b, e.GetBoolean());
                }
                else
                {
                    errors.Add(path, $"must be true or false, got {Describe(e)}");
                }
            },
            (w, p) => w.WriteBooleanValue(get(p)));

    private static ParameterDescriptor Date(
        MeasureId? measure, string name, PolicyClause clause, bool interpretation, string reference, string description,
        Func<PolicyParameters, LocalDate> get, Action<PolicyParametersBuilder, LocalDate> set) =>
        new(measure, name, clause, interpretation, reference, description,
            (b, e, path, errors) =>
            {
                if (ReadDate(e, path, errors) is { } v)
                {
                    set(b, v);
                }
            },
            (w, p) => w.WriteStringValue(LocalDatePattern.Iso.Format(get(p))));

    private static ParameterDescriptor OptionalDate(
        MeasureId? measure, string name, PolicyClause clause, bool interpretation, string reference, string description,
        Func<PolicyParameters, LocalDate?> get, Action<PolicyParametersBuilder, LocalDate?> set) =>
        new(measure, name, clause, interpretation, reference, description,
            (b, e, path, errors) =>
            {
                if (e.ValueKind == JsonValueKind.Null)
                {
                    set(b, null);
                }
                else if (ReadDate(e, path, errors) is { } v)
                {
                    set(b, v);
                }
            },
            (w, p) =>
            {
                if (get(p) is { } d)
                {
                    w.WriteStringValue(LocalDatePattern.Iso.Format(d));
                }
                else
                {
                    w.WriteNullValue();
                }
            });

    private static ParameterDescriptor Annual(
        MeasureId? measure, string name, PolicyClause clause, bool interpretation, string reference, string description,
        Func<PolicyParameters, AnnualDate> get, Action<PolicyParametersBuilder, AnnualDate> set) =>
        new(measure, name, clause, interpretation, reference, description,
            (b, e, path, errors) =>
            {
                var result = e.ValueKind == JsonValueKind.String ? AnnualDatePattern.Iso.Parse(e.GetString()!) : null;
                if (result is { Success: true })
                {
                    set(b, result.Value);
                }
                else
                {
                    errors.Add(path, $"must be a month and day as \"MM-dd\", got {Describe(e)}");
                }
            },
            (w, p) => w.WriteStringValue(AnnualDatePattern.Iso.Format(get(p))));

    private static ParameterDescriptor Measures(
        MeasureId? measure, string name, PolicyClause clause, bool interpretation, string reference, string description,
        Func<PolicyParameters, ImmutableArray<MeasureId>> get, Action<PolicyParametersBuilder, ImmutableArray<MeasureId>> set) =>
        new(measure, name, clause, interpretation, reference, description,
            (b, e, path, errors) =>
            {
                if (e.ValueKind != JsonValueKind.Array)
                {
                    errors.Add(path, $"must be an array of measure codes such as [\"1\", \"7a\"], got {Describe(e)}");
                    return;
                }

                var list = ImmutableArray.CreateBuilder<MeasureId>();
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    var text = item.ValueKind == JsonValueKind.Number ? item.GetRawText() : item.ValueKind == JsonValueKind.String ? item.GetString() : null;
                    if (text is not null && MeasureIds.TryParse(text, out var m))
                    {
                        list.Add(m);
                    }
                    else
                    {
                        errors.Add($"{path}[{i}]", $"must be a measure code 1…16 or 7a…7d, got {Describe(item)}");
                    }

                    i++;
                }

                set(b, list.ToImmutable());
            },
            (w, p) =>
            {
                w.WriteStartArray();
                foreach (var m in get(p))
                {
                    w.WriteStringValue(m.ToCode());
                }

                w.WriteEndArray();
            });

    private static ParameterDescriptor Indicators(
        MeasureId? measure, string name, PolicyClause clause, bool interpretation, string reference, string description,
        Func<PolicyParameters, ImmutableArray<RankingIndicator>> get, Action<PolicyParametersBuilder, ImmutableArray<RankingIndicator>> set) =>
        new(measure, name, clause, interpretation, reference, description,
            (b, e, path, errors) =>
            {
                if (e.ValueKind != JsonValueKind.Array)
                {
                    errors.Add(path, $"must be an array of indicators (new_count, net_increase, revenue_growth), got {Describe(e)}");
                    return;
                }

                var list = ImmutableArray.CreateBuilder<RankingIndicator>();
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    RankingIndicator? indicator = item.ValueKind == JsonValueKind.String ? item.GetString() switch
                    {
                        "new_count" => RankingIndicator.NewCount,
                        "net_increase" => RankingIndicator.NetIncrease,
                        "revenue_growth" => RankingIndicator.RevenueGrowth,
                        _ => null,
                    } : null;
                    if (indicator is { } ok)
                    {
                        list.Add(ok);
                    }
                    else
                    {
                        errors.Add($"{path}[{i}]", $"must be new_count, net_increase or revenue_growth, got {Describe(item)}");
                    }

                    i++;
                }

                set(b, list.ToImmutable());
            },
            (w, p) =>
            {
                w.WriteStartArray();
                foreach (var indicator in get(p))
                {
                    w.WriteStringValue(IndicatorCode(indicator));
                }

                w.WriteEndArray();
            });

    private static ParameterDescriptor Tiers(
        MeasureId? measure, string name, PolicyClause clause, bool interpretation, string reference, string description,
        Func<PolicyParameters, ImmutableArray<decimal>> get, Func<PolicyParametersBuilder, ImmutableArray<decimal>> draft,
        Action<PolicyParametersBuilder, ImmutableArray<decimal>> set) =>
        new(measure, name, clause, interpretation, reference, description,
            (b, e, path, errors) =>
            {
                if (e.ValueKind == JsonValueKind.Array)
                {
                    // An array is the whole table, tier 1 first: it replaces the baseline's table.
                    var table = ImmutableArray.CreateBuilder<decimal>();
                    var i = 0;
                    foreach (var item in e.EnumerateArray())
                    {
                        if (ReadDecimal(item, $"{path}[{i}]", errors) is { } amount)
                        {
                            table.Add(amount);
                        }

                        i++;
                    }

                    set(b, table.ToImmutable());
                    return;
                }

                if (e.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(path, $"must be an array of the whole table, tier 1 first, or an object of the tiers to change, such as {{ \"2\": 7000000 }}, got {Describe(e)}");
                    return;
                }

                // Merge into the current table: keys name tiers to change or (one past the end) to add.
                var current = draft(b).ToList();
                var entries = new SortedDictionary<int, decimal>();
                foreach (var property in UniqueProperties(e, path + ".", errors))
                {
                    if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var tier) || tier < 1)
                    {
                        errors.Add($"{path}.{property.Name}", "unknown tier; tiers are numbered 1, 2, 3, …");
                        continue;
                    }

                    if (ReadDecimal(property.Value, $"{path}.{property.Name}", errors) is { } v)
                    {
                        entries[tier] = v;
                    }
                }

                foreach (var (tier, value) in entries)
                {
                    if (tier <= current.Count)
                    {
                        current[tier - 1] = value;
                    }
                    else if (tier == current.Count + 1)
                    {
                        current.Add(value);
                    }
                    else
                    {
                        errors.Add($"{path}.{tier}", $"leaves a gap: the table has tiers 1–{current.Count}");
                    }
                }

                set(b, [.. current]);
            },
            (w, p) =>
            {
                w.WriteStartArray();
                foreach (var amount in get(p))
                {
                    w.WriteNumberValue(amount);
                }

                w.WriteEndArray();
            });

    private static string IndicatorCode(RankingIndicator indicator) => indicator switch
    {
        RankingIndicator.NewCount => "new_count",
        RankingIndicator.NetIncrease => "net_increase",
        RankingIndicator.RevenueGrowth => "revenue_growth",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Unknown indicator."),
    };

    private static decimal? ReadDecimal(JsonElement e, string path, ParameterErrors errors)
    {
        if (e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var v))
        {
            return v;
        }

        errors.Add(path, $"must be a number (invariant format, e.g. 5000000 or 0.1), got {Describe(e)}");
        return null;
    }

    private static LocalDate? ReadDate(JsonElement e, string path, ParameterErrors errors)
    {
        var result = e.ValueKind == JsonValueKind.String ? LocalDatePattern.Iso.Parse(e.GetString()!) : null;
        if (result is { Success: true })
        {
            return result.Value;
        }

        errors.Add(path, $"must be a date as \"yyyy-MM-dd\", got {Describe(e)}");
        return null;
    }
}
