using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Engine;

/// <summary>An engine built with its own catalogue explains decisions with that catalogue's wording.</summary>
public sealed class CustomCatalogueTests
{
    [Fact]
    public void Explain_EngineWithRenamedLeadUnit_UsesTheEnginesCatalogue()
    {
        var entries = MeasureCatalogue.Default.All
            .Select(i => i.Id == MeasureId.Measure8 ? i with { LeadUnitZh = "测试牵头单位", TitleZh = "测试标题" } : i);
        var engine = new PolicyEngine(catalogue: new MeasureCatalogue(entries));

        var decision = engine.Evaluate(Records.Common(MeasureId.Measure8));

        decision.Info!.LeadUnitZh.Should().Be("测试牵头单位");
        var text = decision.Explain(Language.Chinese);
        text.Should().Contain("牵头单位：测试牵头单位").And.Contain("测试标题").And.NotContain("市委金融办");
    }

    [Fact]
    public void Explain_DefaultEngine_NamesTheTextsLeadUnit()
    {
        var decision = Records.Engine().Evaluate(Records.Common(MeasureId.Measure8));

        decision.Explain(Language.Chinese).Should().Contain("牵头单位：市委金融办");
    }
}
