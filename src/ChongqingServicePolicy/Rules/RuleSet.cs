using System.Collections.Immutable;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>Builds one rule for every measure, listed here explicitly (no reflection).</summary>
internal static class RuleSet
{
    internal static ImmutableArray<MeasureRule> Create(PolicyParameters p, DistrictRegistry d, MeasureCatalogue c) =>
    [
        new Measure01ProjectInvestmentSubsidy(c.Get(MeasureId.Measure1), p, d),
        new Measure02PublicServicePlatformSubsidy(c.Get(MeasureId.Measure2), p, d),
        new Measure03ClusterAward(c.Get(MeasureId.Measure3), p, d),
        new Measure04ClusterResidentSupport(c.Get(MeasureId.Measure4), p, d),
        new Measure05StarBuildingAward(c.Get(MeasureId.Measure5), p, d),
        new Measure06DistrictRankingAward(c.Get(MeasureId.Measure6), p, d),
        new Measure07aTop500Award(c.Get(MeasureId.Measure7a), p, d),
        new Measure07bAssociationReward(c.Get(MeasureId.Measure7b), p, d),
        new Measure07cSpinOffAward(c.Get(MeasureId.Measure7c), p, d),
        new Measure07dSpecialisedTransformation(c.Get(MeasureId.Measure7d), p, d),
        new Measure08InvestmentFunds(c.Get(MeasureId.Measure8), p, d),
        new Measure09FinancingProducts(c.Get(MeasureId.Measure9), p, d),
        new Measure10FinancialServices(c.Get(MeasureId.Measure10), p, d),
        new Measure11EmploymentSupport(c.Get(MeasureId.Measure11), p, d),
        new Measure12TalentSupport(c.Get(MeasureId.Measure12), p, d),
        new Measure13EventPlatformSubsidy(c.Get(MeasureId.Measure13), p, d),
        new Measure14AssociationSupport(c.Get(MeasureId.Measure14), p, d),
        new Measure15OpenCooperation(c.Get(MeasureId.Measure15), p, d),
        new Measure16LandSupply(c.Get(MeasureId.Measure16), p, d),
    ];
}
