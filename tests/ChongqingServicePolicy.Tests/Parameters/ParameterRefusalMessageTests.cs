using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Parameters;

/// <summary>
/// Each refusal of a parameter file or set, with the exact "path: message" an analyst reads, and the values one step
/// inside each bound that must still load.
/// </summary>
public sealed class ParameterRefusalMessageTests
{
    private const string NumberExpected = "must be a number (invariant format, e.g. 5000000 or 0.1), got ";
    private const string GeneralNames =
        "valid_from, valid_to, rounding_unit_yuan, deduplicate_within_policy, ties_go_to_other_policy, override_measures, " +
        "credit_code_required_measures, legacy_district_codes_accepted_until";

    public static TheoryData<string, string[]> RefusedFiles => new()
    {
        // The shape of the file.
        { "[]", ["(file): must be a JSON object with sections \"general\" and \"measures\", got an array"] },
        { "\"x\"", ["(file): must be a JSON object with sections \"general\" and \"measures\", got the string \"x\""] },
        { "{ \"measure\": { } }", ["measure: unknown section; expected \"general\" or \"measures\""] },
        { "{ \"general\": { }, \"general\": { } }", ["general: appears more than once"] },
        { "{ \"measures\": 1 }", ["measures: must be an object keyed by measure code, got 1"] },
        { "{ \"measures\": { \"1\": { }, \"1\": { } } }", ["measures.1: appears more than once"] },
        { "{ \"general\": null }", ["general: must be an object of parameters, got null"] },
        { "{ \"measures\": { \"1\": [] } }", ["measures.1: must be an object of parameters, got an array"] },
        { "{ \"measures\": { \"17\": { } } }", ["measures.17: unknown measure; expected 1…16 or 7a…7d"] },
        { "{ \"measures\": { \"4\": { } } }", ["measures.4: measure 4 has no parameters"] },
        { "{ \"measures\": { \"1\": { \"cap\": 1 } } }", ["measures.1.cap: unknown parameter; known: rate, total_investment_ratio_cap, cap_yuan, major_project_cap_yuan"] },
        { "{ \"general\": { \"valid_until\": 1 } }", ["general.valid_until: unknown parameter; known: " + GeneralNames] },
        { "{ \"measures\": { \"1\": { \"cap_yuan\": 1, \"cap_yuan\": \"x\" } } }", ["measures.1.cap_yuan: appears more than once"] },

        // Values of the wrong kind.
        { "{ \"measures\": { \"1\": { \"cap_yuan\": \"5000000\" } } }", ["measures.1.cap_yuan: " + NumberExpected + "the string \"5000000\""] },
        { "{ \"measures\": { \"1\": { \"cap_yuan\": { } } } }", ["measures.1.cap_yuan: " + NumberExpected + "an object"] },
        { "{ \"measures\": { \"1\": { \"cap_yuan\": 1e40 } } }", ["measures.1.cap_yuan: " + NumberExpected + "1e40"] },
        { "{ \"general\": { \"deduplicate_within_policy\": \"yes\" } }", ["general.deduplicate_within_policy: must be true or false, got the string \"yes\""] },
        { "{ \"general\": { \"ties_go_to_other_policy\": null } }", ["general.ties_go_to_other_policy: must be true or false, got null"] },
        { "{ \"general\": { \"valid_from\": \"19/11/2024\" } }", ["general.valid_from: must be a date as \"yyyy-MM-dd\", got the string \"19/11/2024\""] },
        { "{ \"general\": { \"valid_to\": 20271231 } }", ["general.valid_to: must be a date as \"yyyy-MM-dd\", got 20271231"] },
        { "{ \"general\": { \"legacy_district_codes_accepted_until\": 1 } }", ["general.legacy_district_codes_accepted_until: must be a date as \"yyyy-MM-dd\", got 1"] },
        { "{ \"measures\": { \"6\": { \"first_band_last_rank\": 2.5 } } }", ["measures.6.first_band_last_rank: must be a whole number, got 2.5"] },
        { "{ \"measures\": { \"6\": { \"membership_reference_day\": 1231 } } }", ["measures.6.membership_reference_day: must be a month and day as \"MM-dd\", got 1231"] },
        { "{ \"measures\": { \"6\": { \"membership_reference_day\": \"13-01\" } } }", ["measures.6.membership_reference_day: must be a month and day as \"MM-dd\", got the string \"13-01\""] },
        { "{ \"general\": { \"override_measures\": \"1\" } }", ["general.override_measures: must be an array of measure codes such as [\"1\", \"7a\"], got the string \"1\""] },
        { "{ \"general\": { \"override_measures\": [\"1\", \"99\"] } }", ["general.override_measures[1]: must be a measure code 1…16 or 7a…7d, got the string \"99\""] },
        { "{ \"general\": { \"override_measures\": [true, 1] } }", ["general.override_measures[0]: must be a measure code 1…16 or 7a…7d, got true"] },
        { "{ \"general\": { \"credit_code_required_measures\": [\"1\", \"1\", \"1\"] } }", ["general.credit_code_required_measures: names a measure more than once"] },
        { "{ \"general\": { \"override_measures\": [\"7a\", \"1\", \"7a\"] } }", ["general.override_measures: names a measure more than once"] },
        { "{ \"measures\": { \"6\": { \"tie_break_order\": \"new_count\" } } }", ["measures.6.tie_break_order: must be an array of indicators (new_count, net_increase, revenue_growth), got the string \"new_count\""] },
        { "{ \"measures\": { \"6\": { \"tie_break_order\": [\"new_count\", 5, \"NET_INCREASE\"] } } }", ["measures.6.tie_break_order[1]: must be new_count, net_increase or revenue_growth, got 5", "measures.6.tie_break_order[2]: must be new_count, net_increase or revenue_growth, got the string \"NET_INCREASE\""] },
        { "{ \"measures\": { \"6\": { \"tie_break_order\": [\"new_count\", \"new_count\"] } } }", ["measures.6.tie_break_order: must list distinct indicators among new_count, net_increase, revenue_growth"] },

        // Tier tables.
        { "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": \"x\" } } }", ["measures.3.tier_amounts_yuan: must be an array of the whole table, tier 1 first, or an object of the tiers to change, such as { \"2\": 7000000 }, got the string \"x\""] },
        { "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"0\": 2000000 } } } }", ["measures.3.tier_amounts_yuan.0: unknown tier; tiers are numbered 1, 2, 3, …"] },
        { "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"first\": 2000000 } } } }", ["measures.3.tier_amounts_yuan.first: unknown tier; tiers are numbered 1, 2, 3, …"] },
        { "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"2\": 7000000, \"2\": \"x\" } } } }", ["measures.3.tier_amounts_yuan.2: appears more than once"] },
        { "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"2\": \"x\" } } } }", ["measures.3.tier_amounts_yuan.2: " + NumberExpected + "the string \"x\""] },
        { "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"7\": 2000000 } } } }", ["measures.3.tier_amounts_yuan.7: leaves a gap: the table has tiers 1–5"] },
        { "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": [10000000, \"x\", 2000000] } } }", ["measures.3.tier_amounts_yuan[1]: " + NumberExpected + "the string \"x\""] },
        { "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": [] } } }", ["measures.3.tier_amounts_yuan: must define at least tier 1"] },
        {
            "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"1\": 10000001, \"2\": 9000000, \"3\": 9000001 } } } }",
            [
                "measures.3.tier_amounts_yuan.1: must be within [2000000, 10000000] (the clause's 200—1000万元), got 10000001",
                "measures.3.tier_amounts_yuan.3: must not exceed tier 2 (9000000), got 9000001",
            ]
        },
        { "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"5\": 1999999 } } } }", ["measures.3.tier_amounts_yuan.5: must be within [2000000, 10000000] (the clause's 200—1000万元), got 1999999"] },
        { "{ \"measures\": { \"5\": { \"tier_amounts_yuan\": [1000000, -1] } } }", [$"measures.5.tier_amounts_yuan.2: must be within [0, {decimal.MaxValue}] (a non-negative amount), got -1"] },
        { "{ \"measures\": { \"5\": { \"tier_amounts_yuan\": [500000, 1000000] } } }", ["measures.5.tier_amounts_yuan.2: must not exceed tier 1 (500000), got 1000000"] },
        { "{ \"measures\": { \"5\": { \"tier_amounts_yuan\": [1000000, 500000, 100000] } } }", ["measures.5.growth_thresholds: must name exactly the tiers of measures.5.tier_amounts_yuan"] },
        { "{ \"measures\": { \"5\": { \"growth_thresholds\": [] } } }", ["measures.5.growth_thresholds: must name exactly the tiers of measures.5.tier_amounts_yuan"] },
        { "{ \"measures\": { \"5\": { \"growth_thresholds\": [0.1, 0.2] } } }", ["measures.5.growth_thresholds.2: must be below tier 1's threshold (0.1), got 0.2"] },
        { "{ \"measures\": { \"5\": { \"growth_thresholds\": [0.2, 0.2] } } }", ["measures.5.growth_thresholds.2: must be below tier 1's threshold (0.2), got 0.2"] },

        // Ranges, one parameter at a time.
        { "{ \"general\": { \"valid_to\": \"2024-11-18\" } }", ["general.valid_to: must not be before general.valid_from (2024-11-19), got 2024-11-18"] },
        { "{ \"general\": { \"rounding_unit_yuan\": 0.5 } }", ["general.rounding_unit_yuan: must be 0.01 (fen), 1 (yuan) or 100 (0.01 万元), got 0.5"] },
        { "{ \"measures\": { \"1\": { \"rate\": 1.01 } } }", ["measures.1.rate: must be a fraction between 0 and 1 (0.1 is 10%), got 1.01"] },
        { "{ \"measures\": { \"1\": { \"total_investment_ratio_cap\": -0.01 } } }", ["measures.1.total_investment_ratio_cap: must be a fraction between 0 and 1 (0.1 is 10%), got -0.01"] },
        { "{ \"measures\": { \"1\": { \"cap_yuan\": -1 } } }", ["measures.1.cap_yuan: must not be negative, got -1"] },
        {
            "{ \"measures\": { \"1\": { \"major_project_cap_yuan\": -1 } } }",
            ["measures.1.major_project_cap_yuan: must not be negative, got -1", "measures.1.major_project_cap_yuan: must not be below measures.1.cap_yuan (5000000), got -1"]
        },
        { "{ \"measures\": { \"1\": { \"major_project_cap_yuan\": 4999999.99 } } }", ["measures.1.major_project_cap_yuan: must not be below measures.1.cap_yuan (5000000), got 4999999.99"] },
        { "{ \"measures\": { \"2\": { \"investment_threshold_yuan\": -0.01 } } }", ["measures.2.investment_threshold_yuan: must not be negative, got -0.01"] },
        { "{ \"measures\": { \"2\": { \"rate\": 1.5 } } }", ["measures.2.rate: must be a fraction between 0 and 1 (0.1 is 10%), got 1.5"] },
        { "{ \"measures\": { \"2\": { \"cap_yuan\": -1 } } }", ["measures.2.cap_yuan: must not be negative, got -1"] },
        { "{ \"measures\": { \"3\": { \"award_min_yuan\": -1 } } }", ["measures.3.award_min_yuan: must not be negative, got -1"] },
        {
            "{ \"measures\": { \"3\": { \"award_max_yuan\": 1999999, \"tier_amounts_yuan\": [1999999] } } }",
            [
                "measures.3.award_max_yuan: must not be below measures.3.award_min_yuan (2000000), got 1999999",
                "measures.3.tier_amounts_yuan.1: must be within [2000000, 1999999] (the clause's 200—1000万元), got 1999999",
            ]
        },
        { "{ \"measures\": { \"6\": { \"first_band_last_rank\": 0, \"second_band_last_rank\": 0 } } }", ["measures.6.first_band_last_rank: must be at least 1, got 0"] },
        { "{ \"measures\": { \"6\": { \"second_band_last_rank\": 4 } } }", ["measures.6.second_band_last_rank: must not be below measures.6.first_band_last_rank (5), got 4"] },
        {
            "{ \"measures\": { \"6\": { \"first_band_award_yuan\": -1 } } }",
            ["measures.6.first_band_award_yuan: must not be negative, got -1", "measures.6.second_band_award_yuan: must not exceed measures.6.first_band_award_yuan (-1), got 3000000"]
        },
        { "{ \"measures\": { \"6\": { \"second_band_award_yuan\": -1 } } }", ["measures.6.second_band_award_yuan: must not be negative, got -1"] },
        { "{ \"measures\": { \"6\": { \"second_band_award_yuan\": 5000000.01 } } }", ["measures.6.second_band_award_yuan: must not exceed measures.6.first_band_award_yuan (5000000), got 5000000.01"] },
        { "{ \"measures\": { \"6\": { \"weight_new_count\": -1, \"weight_net_increase\": 2 } } }", ["measures.6.weight_new_count: must not be negative, got -1"] },
        { "{ \"measures\": { \"6\": { \"weight_net_increase\": -1, \"weight_new_count\": 2 } } }", ["measures.6.weight_net_increase: must not be negative, got -1"] },
        { "{ \"measures\": { \"6\": { \"weight_revenue_growth\": -1, \"weight_new_count\": 2 } } }", ["measures.6.weight_revenue_growth: must not be negative, got -1"] },
        {
            "{ \"measures\": { \"6\": { \"weight_new_count\": 0, \"weight_net_increase\": 0, \"weight_revenue_growth\": 0 } } }",
            ["measures.6.weight_revenue_growth: the three weights must not all be 0"]
        },
        { "{ \"measures\": { \"7a\": { \"cap_yuan\": -1 } } }", ["measures.7a.cap_yuan: must not be negative, got -1"] },
        { "{ \"measures\": { \"7c\": { \"revenue_threshold_yuan\": -1 } } }", ["measures.7c.revenue_threshold_yuan: must not be negative, got -1"] },
        { "{ \"measures\": { \"7c\": { \"cap_yuan\": -1 } } }", ["measures.7c.cap_yuan: must not be negative, got -1"] },
        { "{ \"measures\": { \"13\": { \"rate\": -0.3 } } }", ["measures.13.rate: must be a fraction between 0 and 1 (0.1 is 10%), got -0.3"] },
        { "{ \"measures\": { \"13\": { \"cap_yuan\": -5 } } }", ["measures.13.cap_yuan: must not be negative, got -5"] },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public void FromJson_Refused_ExactPathsAndMessages(string json, string[] expected)
    {
        var act = () => PolicyParameters.FromJson(json);

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.ToString()).Should().Equal(expected);
    }

    public static TheoryData<string> AcceptedAtTheBounds => new()
    {
        "{ \"general\": { \"valid_from\": \"2027-12-31\" } }",
        "{ \"general\": { \"rounding_unit_yuan\": 1 } }",
        "{ \"general\": { \"override_measures\": [] } }",
        "{ \"measures\": { \"1\": { \"rate\": 0, \"total_investment_ratio_cap\": 1, \"cap_yuan\": 0, \"major_project_cap_yuan\": 0 } } }",
        "{ \"measures\": { \"1\": { \"rate\": 1, \"total_investment_ratio_cap\": 0, \"major_project_cap_yuan\": 5000000 } } }",
        "{ \"measures\": { \"2\": { \"investment_threshold_yuan\": 0, \"rate\": 1, \"cap_yuan\": 0 } } }",
        "{ \"measures\": { \"3\": { \"award_min_yuan\": 0, \"tier_amounts_yuan\": [0] } } }",
        "{ \"measures\": { \"3\": { \"award_min_yuan\": 2000000, \"award_max_yuan\": 2000000, \"tier_amounts_yuan\": [2000000, 2000000] } } }",
        "{ \"measures\": { \"5\": { \"tier_amounts_yuan\": [0, 0], \"growth_thresholds\": [0.2, 0.19] } } }",
        "{ \"measures\": { \"6\": { \"first_band_last_rank\": 1, \"second_band_last_rank\": 1, \"second_band_award_yuan\": 5000000 } } }",
        "{ \"measures\": { \"6\": { \"first_band_award_yuan\": 0, \"second_band_award_yuan\": 0 } } }",
        "{ \"measures\": { \"6\": { \"weight_new_count\": 0, \"weight_net_increase\": 0, \"weight_revenue_growth\": 0.01 } } }",
        "{ \"measures\": { \"6\": { \"tie_break_order\": [] } } }",
        "{ \"measures\": { \"7a\": { \"cap_yuan\": 0 }, \"7c\": { \"revenue_threshold_yuan\": 0, \"cap_yuan\": 0 } } }",
        "{ \"measures\": { \"13\": { \"rate\": 0, \"cap_yuan\": 0 } } }",
    };

    [Theory]
    [MemberData(nameof(AcceptedAtTheBounds))]
    public void FromJson_ValueOnTheBound_Accepted(string json)
    {
        var act = () => PolicyParameters.FromJson(json);

        act.Should().NotThrow();
    }

    [Fact]
    public void FromJson_WholeNumberAndTierEdits_ReadExactly()
    {
        var p = PolicyParameters.FromJson("""
            {
              "general": { "valid_from": "2025-01-01", "override_measures": [1, "7a", " 13 "] },
              "measures": {
                "3": { "tier_amounts_yuan": { "5": 3000000, "1": 9000000 } },
                " 7A ": { "cap_yuan": 4000000 },
                "6": { "first_band_last_rank": 3, "second_band_last_rank": 8, "tie_break_order": ["net_increase"] }
              }
            }
            """);

        p.General.ValidFrom.Should().Be(new LocalDate(2025, 1, 1));
        p.General.OverrideMeasures.Should().Equal(MeasureId.Measure1, MeasureId.Measure7a, MeasureId.Measure13);
        p.Measure3.TierAmountsYuan.Should().Equal(9_000_000m, 8_000_000m, 6_000_000m, 4_000_000m, 3_000_000m);
        p.Measure7a.CapYuan.Should().Be(4_000_000m);
        p.Measure6.FirstBandLastRank.Should().Be(3);
        p.Measure6.SecondBandLastRank.Should().Be(8);
        p.Measure6.TieBreakOrder.Should().Equal(RankingIndicator.NetIncrease);
    }

    [Fact]
    public void FromJson_SyntaxError_NamesLineAndPositionCountedFromOne()
    {
        var act = () => PolicyParameters.FromJson("{\n  \"measures\": ]\n}");

        var error = act.Should().Throw<PolicyParameterException>().Which.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("(file)");
        error.Message.Should().StartWith("is not valid JSON at line 2, position 15: ");
    }

    [Fact]
    public void Exception_OneError_MessageIsThatError()
    {
        var act = () => PolicyParameters.FromJson("{ \"measures\": { \"7a\": { \"cap_yuan\": -1 } } }");

        act.Should().Throw<PolicyParameterException>().Which.Message
            .Should().Be("Invalid policy parameters: measures.7a.cap_yuan: must not be negative, got -1");
    }

    [Fact]
    public void Exception_TwoErrors_MessageCountsAndJoinsThem()
    {
        var act = () => PolicyParameters.FromJson("{ \"measures\": { \"7a\": { \"cap_yuan\": -1 }, \"13\": { \"cap_yuan\": -2 } } }");

        act.Should().Throw<PolicyParameterException>().Which.Message.Should().Be(
            "Invalid policy parameters (2 errors): measures.7a.cap_yuan: must not be negative, got -1; " +
            "measures.13.cap_yuan: must not be negative, got -2");
    }

    [Fact]
    public void Build_SectionsSetToNull_EachNamedInOrder()
    {
        var builder = new PolicyParametersBuilder
        {
            General = null!, Measure1 = null!, Measure2 = null!, Measure3 = null!, Measure5 = null!,
            Measure6 = null!, Measure7a = null!, Measure7c = null!, Measure13 = null!,
        };

        var act = () => builder.Build();

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            "general: must not be null", "measures.1: must not be null", "measures.2: must not be null",
            "measures.3: must not be null", "measures.5: must not be null", "measures.6: must not be null",
            "measures.7a: must not be null", "measures.7c: must not be null", "measures.13: must not be null");
    }

    [Fact]
    public void Build_OneSectionNull_OnlyThatOneNamed()
    {
        var act = () => PolicyParameters.Default.With(b => b.Measure7c = null!);

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.ToString()).Should().Equal("measures.7c: must not be null");
    }

    public static TheoryData<Action<PolicyParametersBuilder>, string[]> RefusedBuilders => new()
    {
        { b => b.General = b.General with { OverrideMeasures = default }, ["general.override_measures: must be a list of measure codes"] },
        { b => b.General = b.General with { CreditCodeRequiredMeasures = default }, ["general.credit_code_required_measures: must be a list of measure codes"] },
        {
            b => b.General = b.General with { CreditCodeRequiredMeasures = [MeasureId.Measure1, (MeasureId)200, (MeasureId)0] },
            ["general.credit_code_required_measures: contains an undefined measure (200)", "general.credit_code_required_measures: contains an undefined measure (0)"]
        },
        { b => b.General = b.General with { OverrideMeasures = [(MeasureId)200, (MeasureId)200] }, ["general.override_measures: contains an undefined measure (200)", "general.override_measures: contains an undefined measure (200)", "general.override_measures: names a measure more than once"] },
        { b => b.General = b.General with { OverrideMeasures = [(MeasureId)64, (MeasureId)0, (MeasureId)128] }, ["general.override_measures: contains an undefined measure (64)", "general.override_measures: contains an undefined measure (0)", "general.override_measures: contains an undefined measure (128)"] },
        { b => b.Measure3 = b.Measure3 with { TierAmountsYuan = default }, ["measures.3.tier_amounts_yuan: must define at least tier 1"] },
        {
            b => b.Measure5 = b.Measure5 with { TierAmountsYuan = default },
            ["measures.5.tier_amounts_yuan: must define at least tier 1", "measures.5.growth_thresholds: must name exactly the tiers of measures.5.tier_amounts_yuan"]
        },
        { b => b.Measure5 = b.Measure5 with { GrowthThresholds = default }, ["measures.5.growth_thresholds: must name exactly the tiers of measures.5.tier_amounts_yuan"] },
        { b => b.Measure6 = b.Measure6 with { TieBreakOrder = default }, ["measures.6.tie_break_order: must list distinct indicators among new_count, net_increase, revenue_growth"] },
        { b => b.Measure6 = b.Measure6 with { TieBreakOrder = [RankingIndicator.NewCount, (RankingIndicator)9] }, ["measures.6.tie_break_order: must list distinct indicators among new_count, net_increase, revenue_growth"] },
    };

    [Theory]
    [MemberData(nameof(RefusedBuilders))]
    public void With_RefusedValue_ExactPathsAndMessages(Action<PolicyParametersBuilder> change, string[] expected)
    {
        var act = () => PolicyParameters.Default.With(change);

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.ToString()).Should().Equal(expected);
    }

    [Fact]
    public void With_DistinctMeasuresAcrossTheByteRange_NoRepeatReported()
    {
        var act = () => PolicyParameters.Default.With(b => b.General = b.General with { OverrideMeasures = [(MeasureId)1, (MeasureId)65, (MeasureId)129, (MeasureId)193] });

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.Message).Should().Equal(
            "contains an undefined measure (65)", "contains an undefined measure (129)", "contains an undefined measure (193)");
    }

    [Fact]
    public void FromJson_NullText_ThrowsNamingJson()
    {
        var act = () => PolicyParameters.FromJson((string)null!);

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("json");
    }

    [Fact]
    public void LoadFile_NoPath_ThrowsNamingPath()
    {
        var missing = () => PolicyParameters.LoadFile(null!);
        var blank = () => PolicyParameters.LoadFile(" ");

        missing.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("path");
        blank.Should().ThrowExactly<ArgumentException>().Which.ParamName.Should().Be("path");
    }

    [Fact]
    public void With_NullChange_ThrowsNamingChange()
    {
        var act = () => PolicyParameters.Default.With(null!);

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("change");
    }

    [Fact]
    public void ToJson_Indented_OneParameterALine()
    {
        var lines = PolicyParameters.Default.ToJson(indented: true).ReplaceLineEndings("\n").Split('\n');

        lines.Take(3).Should().Equal("{", "  \"general\": {", "    \"valid_from\": \"2024-11-19\",");
        lines.Should().HaveCount(84);
        PolicyParameters.Default.ToJson().Should().NotContain("\n").And.StartWith("{\"general\":{\"valid_from\":\"2024-11-19\",");
    }

    [Theory]
    [InlineData(2024, 11, 18, false)]
    [InlineData(2024, 11, 19, true)]
    [InlineData(2027, 12, 31, true)]
    [InlineData(2028, 1, 1, false)]
    public void IsInForceOn_BothEnds_Inclusive(int year, int month, int day, bool expected)
    {
        PolicyParameters.Default.General.IsInForceOn(new LocalDate(year, month, day)).Should().Be(expected);
    }

    [Fact]
    public void Errors_RangeChecks_InDefinitionOrder()
    {
        var act = () => PolicyParameters.FromJson("{ \"measures\": { \"13\": { \"cap_yuan\": -1 }, \"1\": { \"cap_yuan\": -1 } } }");

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.Path).Should().Equal("measures.1.cap_yuan", "measures.13.cap_yuan");
    }
}
