using System.Text;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Parameters;

/// <summary>The parameter set: defaults equal the text, partial JSON overrides, refusals naming the path, round trips.</summary>
public sealed class PolicyParametersTests
{
    private static readonly PolicyParameters Default = PolicyParameters.Default;

    [Fact]
    public void Default_General_EqualsTextAndInterpretations()
    {
        var g = Default.General;

        g.ValidFrom.Should().Be(new LocalDate(2024, 11, 19));
        g.ValidTo.Should().Be(new LocalDate(2027, 12, 31));
        g.Validity.Start.Should().Be(new LocalDate(2024, 11, 19));
        g.Validity.End.Should().Be(new LocalDate(2027, 12, 31));
        g.Validity.Length.Should().Be(1138);
        g.RoundingUnitYuan.Should().Be(0.01m);
        g.DeduplicateWithinPolicy.Should().BeTrue();
        g.TiesGoToOtherPolicy.Should().BeTrue();
        g.OverrideMeasures.Should().Equal(MeasureId.Measure1);
        g.CreditCodeRequiredMeasures.Should().Equal(
            MeasureId.Measure1, MeasureId.Measure2, MeasureId.Measure3, MeasureId.Measure5,
            MeasureId.Measure7a, MeasureId.Measure7b, MeasureId.Measure7c, MeasureId.Measure13);
        g.LegacyDistrictCodesAcceptedUntil.Should().Be(new LocalDate(2026, 1, 24));
    }

    [Fact]
    public void Default_Measures1To5_EqualText()
    {
        Default.Measure1.Rate.Should().Be(0.10m);
        Default.Measure1.TotalInvestmentRatioCap.Should().Be(0.10m);
        Default.Measure1.CapYuan.Should().Be(5_000_000m);
        Default.Measure1.MajorProjectCapYuan.Should().Be(20_000_000m);

        Default.Measure2.InvestmentThresholdYuan.Should().Be(5_000_000m);
        Default.Measure2.Rate.Should().Be(0.20m);
        Default.Measure2.CapYuan.Should().Be(5_000_000m);
        Default.Measure2.UnlistedFieldsNeedReview.Should().BeTrue();

        Default.Measure3.AwardMinYuan.Should().Be(2_000_000m);
        Default.Measure3.AwardMaxYuan.Should().Be(10_000_000m);
        Default.Measure3.TierAmountsYuan.Should().Equal(10_000_000m, 8_000_000m, 6_000_000m, 4_000_000m, 2_000_000m);

        Default.Measure5.TierAmountsYuan.Should().Equal(1_000_000m, 500_000m);
        Default.Measure5.GrowthThresholds.Should().Equal(0.20m, 0.10m);
    }

    [Fact]
    public void Default_Measures6To13_EqualText()
    {
        var m6 = Default.Measure6;
        m6.FirstBandLastRank.Should().Be(5);
        m6.FirstBandAwardYuan.Should().Be(5_000_000m);
        m6.SecondBandLastRank.Should().Be(10);
        m6.SecondBandAwardYuan.Should().Be(3_000_000m);
        m6.WeightNewCount.Should().Be(1m);
        m6.WeightNetIncrease.Should().Be(1m);
        m6.WeightRevenueGrowth.Should().Be(1m);
        m6.TieBreakOrder.Should().Equal(RankingIndicator.RevenueGrowth, RankingIndicator.NetIncrease, RankingIndicator.NewCount);
        m6.MembershipReferenceDay.Should().Be(new AnnualDate(12, 31));

        Default.Measure7a.CapYuan.Should().Be(5_000_000m);
        Default.Measure7c.RevenueThresholdYuan.Should().Be(20_000_000m);
        Default.Measure7c.CapYuan.Should().Be(1_000_000m);
        Default.Measure13.Rate.Should().Be(0.30m);
        Default.Measure13.CapYuan.Should().Be(1_000_000m);
    }

    [Fact]
    public void Default_BuilderBuild_EqualsDefault()
    {
        new PolicyParametersBuilder().Build().ToJson().Should().Be(Default.ToJson());
    }

    [Fact]
    public void FromJson_OneValue_ChangesOnlyThatValue()
    {
        var p = PolicyParameters.FromJson("{ \"measures\": { \"1\": { \"cap_yuan\": 8000000 } } }");

        p.Measure1.CapYuan.Should().Be(8_000_000m);
        foreach (var d in PolicyParameters.Descriptors)
        {
            if (d.Path == "measures.1.cap_yuan")
            {
                d.ValueJson(p).Should().Be("8000000");
            }
            else
            {
                d.ValueJson(p).Should().Be(d.ValueJson(Default), d.Path + " was not in the file");
            }
        }
    }

    [Fact]
    public void FromJson_EmptyObject_EqualsDefault()
    {
        PolicyParameters.FromJson("{}").ToJson().Should().Be(Default.ToJson());
        PolicyParameters.FromJson("{ \"general\": {}, \"measures\": {} }").ToJson().Should().Be(Default.ToJson());
    }

    [Fact]
    public void FromJson_OverBaseline_KeepsBaselineValues()
    {
        var baseline = PolicyParameters.FromJson("{ \"measures\": { \"1\": { \"cap_yuan\": 8000000 } } }");

        var p = PolicyParameters.FromJson("{ \"measures\": { \"13\": { \"cap_yuan\": 900000 } } }", baseline);

        p.Measure1.CapYuan.Should().Be(8_000_000m);
        p.Measure13.CapYuan.Should().Be(900_000m);
    }

    [Fact]
    public void FromJson_PartialTierOverride_ChangesOnlyThatTier()
    {
        var p = PolicyParameters.FromJson("{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"2\": 7000000 } } } }");

        p.Measure3.TierAmountsYuan.Should().Equal(10_000_000m, 7_000_000m, 6_000_000m, 4_000_000m, 2_000_000m);
        p.Measure5.TierAmountsYuan.Should().Equal(1_000_000m, 500_000m);
    }

    [Fact]
    public void FromJson_TierOnePastTheEnd_AddsTier()
    {
        var p = PolicyParameters.FromJson("{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"6\": 2000000 } } } }");

        p.Measure3.TierAmountsYuan.Should().Equal(10_000_000m, 8_000_000m, 6_000_000m, 4_000_000m, 2_000_000m, 2_000_000m);
    }

    [Fact]
    public void FromJson_CommentsAndTrailingCommasAndBom_Accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "{ // cap\n \"measures\": { \"7a\": { \"cap_yuan\": 4000000, }, }, }")).ToArray();

        PolicyParameters.FromJson(bytes).Measure7a.CapYuan.Should().Be(4_000_000m);
    }

    [Theory]
    [InlineData("{ \"measures\": { \"1\": { \"cap_yuan\": -1 } } }", "measures.1.cap_yuan")]
    [InlineData("{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"5\": 1999999 } } } }", "measures.3.tier_amounts_yuan.5")]
    [InlineData("{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"1\": 10000001 } } } }", "measures.3.tier_amounts_yuan.1")]
    [InlineData("{ \"measures\": { \"1\": { \"cap\": 8000000 } } }", "measures.1.cap")]
    [InlineData("{ \"general\": { \"valid_until\": \"2027-12-31\" } }", "general.valid_until")]
    [InlineData("{ \"measures\": { \"17\": { \"cap_yuan\": 1 } } }", "measures.17")]
    [InlineData("{ \"measures\": { \"7e\": { \"cap_yuan\": 1 } } }", "measures.7e")]
    [InlineData("{ \"measures\": { \"4\": { \"cap_yuan\": 1 } } }", "measures.4")]
    [InlineData("{ \"measures\": { \"6\": { \"cap_yuan\": 1 } } }", "measures.6.cap_yuan")]
    [InlineData("{ \"measure\": { } }", "measure")]
    [InlineData("{ \"measures\": { \"1\": { \"cap_yuan\": \"5000000\" } } }", "measures.1.cap_yuan")]
    [InlineData("{ \"general\": { \"deduplicate_within_policy\": \"yes\" } }", "general.deduplicate_within_policy")]
    [InlineData("{ \"general\": { \"valid_from\": \"19/11/2024\" } }", "general.valid_from")]
    [InlineData("{ \"measures\": { \"1\": { \"rate\": 1.01 } } }", "measures.1.rate")]
    [InlineData("{ \"measures\": { \"13\": { \"rate\": -0.3 } } }", "measures.13.rate")]
    [InlineData("{ \"measures\": { \"1\": { \"cap_yuan\": 1, \"cap_yuan\": 2 } } }", "measures.1.cap_yuan")]
    [InlineData("{ \"general\": { \"rounding_unit_yuan\": 0.5 } }", "general.rounding_unit_yuan")]
    [InlineData("{ \"general\": { \"valid_to\": \"2024-11-18\" } }", "general.valid_to")]
    [InlineData("{ \"measures\": { \"1\": { \"major_project_cap_yuan\": 4000000 } } }", "measures.1.major_project_cap_yuan")]
    [InlineData("{ \"measures\": { \"6\": { \"first_band_last_rank\": 2.5 } } }", "measures.6.first_band_last_rank")]
    [InlineData("{ \"measures\": { \"6\": { \"tie_break_order\": [\"new_count\", \"new_count\"] } } }", "measures.6.tie_break_order")]
    [InlineData("{ \"general\": { \"override_measures\": [\"1\", \"99\"] } }", "general.override_measures[1]")]
    [InlineData("[]", "(file)")]
    public void FromJson_RefusedValue_ErrorNamesExactPath(string json, string path)
    {
        var act = () => PolicyParameters.FromJson(json);

        var ex = act.Should().Throw<PolicyParameterException>().Which;
        ex.Errors.Select(e => e.Path).Should().Equal(path);
        ex.Errors[0].Message.Should().NotBeNullOrWhiteSpace();
        ex.Message.Should().Contain(path);
    }

    [Theory]
    [InlineData("{ \"measures\": ")]
    [InlineData("{ \"measures\": { \"1\": { \"cap_yuan\": 5000000 } }")]
    [InlineData("not json")]
    [InlineData("")]
    public void FromJson_MalformedJson_FileError(string json)
    {
        var act = () => PolicyParameters.FromJson(json);

        var ex = act.Should().Throw<PolicyParameterException>().Which;
        ex.Errors.Should().ContainSingle().Which.Path.Should().Be("(file)");
        ex.Errors[0].Message.Should().StartWith("is not valid JSON");
    }

    [Fact]
    public void FromJson_SeveralOutOfRangeValues_AllReportedTogether()
    {
        var json = """
            {
              "general": { "rounding_unit_yuan": 0.5, "valid_to": "2020-01-01" },
              "measures": {
                "1": { "cap_yuan": -1, "rate": 2 },
                "3": { "tier_amounts_yuan": { "5": 1999999 } },
                "13": { "cap_yuan": -5 }
              }
            }
            """;

        var act = () => PolicyParameters.FromJson(json);

        var ex = act.Should().Throw<PolicyParameterException>().Which;
        ex.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "general.rounding_unit_yuan", "general.valid_to", "measures.1.cap_yuan", "measures.1.rate",
            "measures.3.tier_amounts_yuan.5", "measures.13.cap_yuan");
        ex.Message.Should().StartWith("Invalid policy parameters (6 errors)");
    }

    [Fact]
    public void FromJson_SeveralUnknownNames_AllReportedTogether()
    {
        var json = """
            {
              "general": { "valid_until": "2027-12-31" },
              "measures": { "1": { "cap": 1, "cap_yuan": "x" }, "4": { }, "99": { } },
              "extra": { }
            }
            """;

        var act = () => PolicyParameters.FromJson(json);

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "general.valid_until", "measures.1.cap", "measures.1.cap_yuan", "measures.4", "measures.99", "extra");
    }

    [Fact]
    public void FromJson_TierTableAsArray_ReplacesTheWholeTable()
    {
        var baseline = PolicyParameters.FromJson("{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"6\": 2000000 } } } }");

        var p = PolicyParameters.FromJson("{ \"measures\": { \"3\": { \"tier_amounts_yuan\": [9000000, 3000000] } } }", baseline);

        p.Measure3.TierAmountsYuan.Should().Equal(9_000_000m, 3_000_000m);
    }

    [Fact]
    public void FromJson_TierTableArrayWithAmountOutOfRange_NamesTheElement()
    {
        var act = () => PolicyParameters.FromJson("{ \"measures\": { \"3\": { \"tier_amounts_yuan\": [10000000, \"x\"] } } }");

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.Path).Should().Contain("measures.3.tier_amounts_yuan[1]");
    }

    [Fact]
    public void FromJson_UnknownNameAndOutOfRangeValue_BothReported()
    {
        var act = () => PolicyParameters.FromJson("{ \"measures\": { \"1\": { \"cap\": 1, \"rate\": 2 } } }");

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "measures.1.cap", "measures.1.rate");
    }

    [Fact]
    public void With_NegativeCap_ThrowsNamingPath()
    {
        var act = () => Default.With(b => b.Measure13 = b.Measure13 with { CapYuan = -0.01m });

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.Path).Should().Equal("measures.13.cap_yuan");
    }

    [Fact]
    public void With_ChangedValue_OriginalUnchanged()
    {
        var p = Default.With(b => b.Measure1 = b.Measure1 with { CapYuan = 8_000_000m });

        p.Measure1.CapYuan.Should().Be(8_000_000m);
        Default.Measure1.CapYuan.Should().Be(5_000_000m);
    }

    [Fact]
    public void ToJson_Default_RoundTrips()
    {
        var json = Default.ToJson();

        PolicyParameters.FromJson(json).ToJson().Should().Be(json);
        PolicyParameters.FromJson(Default.ToJson(indented: true)).ToJson().Should().Be(json);
    }

    [Fact]
    public void ToJson_ChangedSet_RoundTrips()
    {
        var p = PolicyParameters.FromJson("""
            {
              "general": { "legacy_district_codes_accepted_until": null, "rounding_unit_yuan": 100, "override_measures": ["1", "7a"] },
              "measures": {
                "1": { "cap_yuan": 8000000, "rate": 0.125 },
                "3": { "tier_amounts_yuan": { "2": 7000000, "6": 2000000 } },
                "6": { "tie_break_order": ["new_count", "revenue_growth", "net_increase"], "membership_reference_day": "06-30" }
              }
            }
            """);

        var json = p.ToJson();
        var reloaded = PolicyParameters.FromJson(json);

        reloaded.ToJson().Should().Be(json);
        reloaded.General.LegacyDistrictCodesAcceptedUntil.Should().BeNull();
        reloaded.General.RoundingUnitYuan.Should().Be(100m);
        reloaded.General.OverrideMeasures.Should().Equal(MeasureId.Measure1, MeasureId.Measure7a);
        reloaded.Measure1.Rate.Should().Be(0.125m);
        reloaded.Measure3.TierAmountsYuan.Should().Equal(10_000_000m, 7_000_000m, 6_000_000m, 4_000_000m, 2_000_000m, 2_000_000m);
        reloaded.Measure6.TieBreakOrder.Should().Equal(RankingIndicator.NewCount, RankingIndicator.RevenueGrowth, RankingIndicator.NetIncrease);
        reloaded.Measure6.MembershipReferenceDay.Should().Be(new AnnualDate(6, 30));
    }

    [Fact]
    public void ToJson_LoadedOverOtherBaseline_GivesSetBack()
    {
        // ToJson's contract: "Loading the output over any baseline gives this set back."
        var baseline = PolicyParameters.FromJson("{ \"measures\": { \"1\": { \"cap_yuan\": 8000000 }, \"13\": { \"rate\": 0.25 } } }");

        PolicyParameters.FromJson(Default.ToJson(), baseline).ToJson().Should().Be(Default.ToJson());
    }

    [Fact]
    public void ToJson_LoadedOverBaselineWithMoreTiers_GivesSetBack()
    {
        var baseline = PolicyParameters.FromJson("{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"6\": 2000000 } } } }");

        var loaded = PolicyParameters.FromJson(Default.ToJson(), baseline);

        loaded.Measure3.TierAmountsYuan.Should().Equal(10_000_000m, 8_000_000m, 6_000_000m, 4_000_000m, 2_000_000m);
    }

    [Fact]
    public void ToJson_Default_ListsEveryDescriptorPath()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(Default.ToJson());

        foreach (var d in PolicyParameters.Descriptors)
        {
            var section = d.Measure is { } m
                ? doc.RootElement.GetProperty("measures").GetProperty(m.ToCode())
                : doc.RootElement.GetProperty("general");
            section.TryGetProperty(d.Name, out var value).Should().BeTrue(d.Path);
            value.GetRawText().Should().Be(d.DefaultJson, d.Path);
        }
    }

    [Fact]
    public void Descriptors_Every_UniquePathAndDocumented()
    {
        var descriptors = PolicyParameters.Descriptors;

        descriptors.Select(d => d.Path).Should().OnlyHaveUniqueItems();
        descriptors.Should().AllSatisfy(d =>
        {
            d.Reference.Should().NotBeNullOrWhiteSpace(d.Path);
            d.Description.Should().NotBeNullOrWhiteSpace(d.Path);
            d.Path.Should().Be(d.Section + "." + d.Name);
            d.Section.Should().Be(d.Measure is { } m ? "measures." + m.ToCode() : "general");
        });
        descriptors.Select(d => d.Path).Should().Contain(
        [
            "general.valid_from", "general.valid_to", "general.rounding_unit_yuan", "general.deduplicate_within_policy",
            "general.ties_go_to_other_policy", "general.legacy_district_codes_accepted_until",
            "measures.1.rate", "measures.1.cap_yuan", "measures.1.major_project_cap_yuan", "measures.1.total_investment_ratio_cap",
            "measures.2.investment_threshold_yuan", "measures.2.rate", "measures.2.cap_yuan",
            "measures.3.tier_amounts_yuan", "measures.5.tier_amounts_yuan", "measures.5.growth_thresholds",
            "measures.6.first_band_award_yuan", "measures.6.second_band_award_yuan", "measures.6.weight_new_count",
            "measures.6.tie_break_order", "measures.7a.cap_yuan", "measures.7c.revenue_threshold_yuan", "measures.7c.cap_yuan",
            "measures.13.rate", "measures.13.cap_yuan",
        ]);
        descriptors.Where(d => d.Measure is { } m && m is MeasureId.Measure4 or MeasureId.Measure7b or MeasureId.Measure7d or >= MeasureId.Measure8 and not MeasureId.Measure13)
            .Should().BeEmpty("non-monetary and unquantified measures have no parameters");
    }

    [Fact]
    public void Descriptors_Interpretations_FlaggedAsSuch()
    {
        var byPath = PolicyParameters.Descriptors.ToDictionary(d => d.Path);

        byPath["measures.1.rate"].IsInterpretation.Should().BeTrue();
        byPath["measures.3.tier_amounts_yuan"].IsInterpretation.Should().BeTrue();
        byPath["measures.5.growth_thresholds"].IsInterpretation.Should().BeTrue();
        byPath["measures.6.weight_revenue_growth"].IsInterpretation.Should().BeTrue();
        byPath["general.legacy_district_codes_accepted_until"].IsInterpretation.Should().BeTrue();
        byPath["measures.1.cap_yuan"].IsInterpretation.Should().BeFalse();
        byPath["measures.2.investment_threshold_yuan"].IsInterpretation.Should().BeFalse();
        byPath["general.valid_to"].IsInterpretation.Should().BeFalse();
    }

    [Fact]
    public void Descriptors_DefaultJson_ReloadsToDefault()
    {
        var expected = Default.ToJson();
        foreach (var d in PolicyParameters.Descriptors)
        {
            var inner = $"{{ \"{d.Name}\": {d.DefaultJson} }}";
            var json = d.Measure is { } m
                ? $"{{ \"measures\": {{ \"{m.ToCode()}\": {inner} }} }}"
                : $"{{ \"general\": {inner} }}";

            var loaded = PolicyParameters.FromJson(json);

            loaded.ToJson().Should().Be(expected, d.Path);
            d.ValueJson(loaded).Should().Be(d.DefaultJson, d.Path);
        }
    }

    [Fact]
    public void Descriptors_KnownDefaults_AsJsonText()
    {
        var byPath = PolicyParameters.Descriptors.ToDictionary(d => d.Path);

        byPath["measures.1.cap_yuan"].DefaultJson.Should().Be("5000000");
        byPath["general.valid_to"].DefaultJson.Should().Be("\"2027-12-31\"");
        byPath["general.legacy_district_codes_accepted_until"].DefaultJson.Should().Be("\"2026-01-24\"");
        byPath["measures.6.membership_reference_day"].DefaultJson.Should().Be("\"12-31\"");
        byPath["measures.3.tier_amounts_yuan"].DefaultJson.Should().Be("[10000000,8000000,6000000,4000000,2000000]");
    }

    [Fact]
    public void LoadFile_TempFile_AppliesOverrides()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cqsp-params-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "{ \"measures\": { \"1\": { \"cap_yuan\": 8000000 } } }", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            var p = PolicyParameters.LoadFile(path);

            p.Measure1.CapYuan.Should().Be(8_000_000m);
            p.Measure1.MajorProjectCapYuan.Should().Be(20_000_000m);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_RefusedContent_ThrowsNamingPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cqsp-params-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "{ \"measures\": { \"3\": { \"tier_amounts_yuan\": { \"1\": 10000001 } } } }");

            var act = () => PolicyParameters.LoadFile(path);

            act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.Path).Should().Equal("measures.3.tier_amounts_yuan.1");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_MissingFile_ThrowsIOException()
    {
        var act = () => PolicyParameters.LoadFile(Path.Combine(Path.GetTempPath(), $"cqsp-missing-{Guid.NewGuid():N}.json"));

        act.Should().Throw<IOException>();
    }
}
