using System.Collections.Immutable;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Catalogue;

/// <summary>
/// What the policy text (渝发改规范〔2024〕7号) says about each of its 19 measures: clause number, section,
/// titles, a short quotation, kind of support, recipient, lead unit (牵头单位) and the channels of support the
/// clause names. A catalogue is immutable once built.
/// </summary>
/// <remarks>
/// <see cref="Default"/> holds the text's own wording. A host that needs other wording (for instance translated
/// titles or channel names) can build its own catalogue with
/// <see cref="MeasureCatalogue(IEnumerable{MeasureInfo})"/>, which requires exactly one entry per measure.
/// </remarks>
public sealed class MeasureCatalogue
{
    private const string Section1Zh = "一、支持项目（平台）建设";
    private const string Section1En = "I. Supporting the construction of projects (platforms)";
    private const string Section2Zh = "二、推动载体提质增效";
    private const string Section2En = "II. Raising the quality and efficiency of carriers";
    private const string Section3Zh = "三、加强市场主体梯次培育";
    private const string Section3En = "III. Strengthening the tiered cultivation of market entities";
    private const string Section4Zh = "四、强化金融支撑服务";
    private const string Section4En = "IV. Strengthening financial support services";
    private const string Section5Zh = "五、支持就业创业和人才培引";
    private const string Section5En = "V. Supporting employment, entrepreneurship and the cultivation and attraction of talent";
    private const string Section6Zh = "六、优化产业发展生态";
    private const string Section6En = "VI. Optimising the industrial development ecosystem";

    private const string DevelopmentReformZh = "市发展改革委";
    private const string DevelopmentReformEn = "Municipal Development and Reform Commission";
    private const string FinanceOfficeZh = "市委金融办";
    private const string FinanceOfficeEn = "Financial Work Office of the CPC Chongqing Municipal Committee";
    private const string HumanResourcesZh = "市人力社保局";
    private const string HumanResourcesEn = "Municipal Human Resources and Social Security Bureau";
    private const string PlanningZh = "市规划自然资源局";
    private const string PlanningEn = "Municipal Planning and Natural Resources Bureau";

    /// <summary>The entries indexed by <c>(int)</c><see cref="MeasureId"/>; slot 0 is unused.</summary>
    private readonly MeasureInfo?[] _byId;

    /// <summary>
    /// Creates a catalogue from one entry per measure, for instance with translated titles, recipients or channel
    /// names. The entries may come in any order; <see cref="All"/> lists them in clause order.
    /// </summary>
    /// <param name="entries">Exactly one entry for each defined <see cref="MeasureId"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// An entry is <see langword="null"/>, names an undefined measure, repeats a measure, has a default (uninitialised)
    /// or <see langword="null"/>-containing <see cref="MeasureInfo.Channels"/> array or repeats a channel code within
    /// its measure; or a defined measure has no entry.
    /// </exception>
    public MeasureCatalogue(IEnumerable<MeasureInfo> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byId = new MeasureInfo?[(int)MeasureId.Measure16 + 1];
        foreach (var entry in entries)
        {
            if (entry is null)
            {
                throw new ArgumentException("The catalogue contains a null entry.", nameof(entries));
            }

            if (!entry.Id.IsDefined())
            {
                throw new ArgumentException($"The catalogue contains an entry for the undefined measure value {(int)entry.Id}.", nameof(entries));
            }

            if (byId[(int)entry.Id] is not null)
            {
                throw new ArgumentException($"The catalogue contains more than one entry for measure {entry.Id.ToCode()}.", nameof(entries));
            }

            ValidateChannels(entry, nameof(entries));
            byId[(int)entry.Id] = entry;
        }

        // Plain loops rather than LINQ here: the default catalogue is built in every process before its first decision.
        var all = ImmutableArray.CreateBuilder<MeasureInfo>(MeasureIds.All.Length);
        List<string>? missing = null;
        foreach (var id in MeasureIds.All)
        {
            if (byId[(int)id] is { } entry)
            {
                all.Add(entry);
            }
            else
            {
                (missing ??= []).Add(id.ToCode());
            }
        }

        if (missing is not null)
        {
            throw new ArgumentException($"The catalogue has no entry for measure(s) {string.Join(", ", missing)}.", nameof(entries));
        }

        _byId = byId;
        All = all.MoveToImmutable();
    }

    /// <summary>The catalogue in the policy text's own words, with English renderings: one entry for each of the 19 measures.</summary>
    public static MeasureCatalogue Default { get; } = new(CreateDefaultEntries());

    /// <summary>Every entry, in the order of <see cref="MeasureIds.All"/> (clause order: 1–6, 7a–7d, 8–16).</summary>
    public ImmutableArray<MeasureInfo> All { get; }

    /// <summary>The entry for one measure.</summary>
    /// <param name="id">The measure.</param>
    /// <returns>The measure's entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not a defined <see cref="MeasureId"/>.</exception>
    public MeasureInfo Get(MeasureId id)
    {
        var index = (int)id;
        if ((uint)index >= (uint)_byId.Length || _byId[index] is not { } info)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown measure.");
        }

        return info;
    }

    private static void ValidateChannels(MeasureInfo entry, string paramName)
    {
        if (entry.Channels.IsDefault)
        {
            throw new ArgumentException($"The entry for measure {entry.Id.ToCode()} has an uninitialised channel array.", paramName);
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var channel in entry.Channels)
        {
            if (channel is null)
            {
                throw new ArgumentException($"The entry for measure {entry.Id.ToCode()} contains a null channel.", paramName);
            }

            if (!codes.Add(channel.Code))
            {
                throw new ArgumentException($"The entry for measure {entry.Id.ToCode()} repeats the channel code '{channel.Code}'.", paramName);
            }
        }
    }

    private static SupportChannel Channel(string code, string nameZh, string nameEn) => new(code, nameZh, nameEn);

    private static MeasureInfo[] CreateDefaultEntries() =>
    [
        new MeasureInfo(
            Id: MeasureId.Measure1,
            ClauseNumber: "（一）",
            SectionZh: Section1Zh,
            SectionEn: Section1En,
            TitleZh: "项目投资补助",
            TitleEn: "Project investment subsidy",
            ClauseTextZh: "单个项目的支持金额原则上不超过项目投资总额的10%，最高不超过500万元；经市政府同意，特别重大的项目可提高，但最高支持金额原则上不超过2000万元",
            Kind: MeasureKind.MonetaryCeiling,
            RecipientZh: "符合条件的现代生产性服务业项目（项目单位）",
            RecipientEn: "The enterprise carrying out a qualifying modern producer-service project",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels: [Channel("one_time_subsidy", "一次性补助", "One-time subsidy on the approved investment")]),
        new MeasureInfo(
            Id: MeasureId.Measure2,
            ClauseNumber: "（二）",
            SectionZh: Section1Zh,
            SectionEn: Section1En,
            TitleZh: "公共服务平台补助",
            TitleEn: "Public service platform subsidy",
            ClauseTextZh: "投资额超过500万元的，按不超过投资额的20%给予补助，最高不超过500万元",
            Kind: MeasureKind.MonetaryCeiling,
            RecipientZh: "公共服务平台建设运营单位",
            RecipientEn: "The public service platform's operator",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels: [Channel("investment_subsidy", "补助", "Subsidy on the platform investment")]),
        new MeasureInfo(
            Id: MeasureId.Measure3,
            ClauseNumber: "（三）",
            SectionZh: Section2Zh,
            SectionEn: Section2En,
            TitleZh: "A等级集聚区奖励",
            TitleEn: "A-grade producer-service cluster award",
            ClauseTextZh: "对年度评估为A等级的现代生产性服务业集聚区，分档次给予200—1000万元奖励",
            Kind: MeasureKind.FixedAward,
            RecipientZh: "集聚区所在区县政府或市级部门（含开发区管委会）",
            RecipientEn: "The district government or municipal department (including a development-zone management committee) the cluster belongs to",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels:
            [
                Channel("planning_and_scheme_drafting", "产业发展规划和建设方案编制", "Drafting the cluster's industrial development plan and construction scheme"),
                Channel("project_planning", "项目策划", "Project planning"),
                Channel("infrastructure", "基础设施建设", "Infrastructure construction"),
                Channel("public_service_support_systems", "完善公共服务支撑体系", "Improving public-service support systems"),
                Channel("statistical_monitoring", "健全统计监测机制", "Establishing statistical monitoring mechanisms"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure4,
            ClauseNumber: "（四）",
            SectionZh: Section2Zh,
            SectionEn: Section2En,
            TitleZh: "集聚区入驻主体支持",
            TitleEn: "Support for projects, platforms and enterprises in clusters",
            ClauseTextZh: "对集聚区内入驻的项目、平台和企业，给予资金、人才和用地支持",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "集聚区内入驻的项目、平台和企业",
            RecipientEn: "Projects, platforms and enterprises located in a cluster",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels:
            [
                Channel("funds", "资金", "Funds"),
                Channel("talent", "人才", "Talent"),
                Channel("land", "用地", "Land"),
                Channel("central_budget_funds", "中央预算内资金", "Central budget funds (by recommendation)"),
                Channel("local_government_special_bonds", "地方政府专项债", "Local government special bonds (by recommendation)"),
                Channel("ultra_long_special_treasury_bonds", "超长期特别国债", "Ultra-long special treasury bonds (by recommendation)"),
                Channel("national_pilot_demonstration_projects", "国家级试点示范项目", "National pilot and demonstration projects (by recommendation)"),
                Channel("rent_relief", "租金减免", "Rent relief from the cluster operator"),
                Channel("purchase_and_fit_out", "购房装修", "Premises purchase and fit-out support from the cluster operator"),
                Channel("network_and_communications", "网络通讯", "Network and communications support from the cluster operator"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure5,
            ClauseNumber: "（五）",
            SectionZh: Section2Zh,
            SectionEn: Section2En,
            TitleZh: "星级楼宇奖励",
            TitleEn: "Star-rated building award",
            ClauseTextZh: "对年度营业收入增速较快的“星级”楼宇，分档给予楼宇运营机构100万元、50万元的定额奖励",
            Kind: MeasureKind.FixedAward,
            RecipientZh: "楼宇运营机构",
            RecipientEn: "The building's operator",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels: [Channel("fixed_award", "定额奖励", "Fixed award by tier")]),
        new MeasureInfo(
            Id: MeasureId.Measure6,
            ClauseNumber: "（六）",
            SectionZh: Section3Zh,
            SectionEn: Section3En,
            TitleZh: "区县培育排名奖励",
            TitleEn: "District cultivation ranking award",
            ClauseTextZh: "综合评价前10名的区县，第1—5名分别给予500万元的一次性奖励，第6—10名分别给予300万元的一次性奖励",
            Kind: MeasureKind.Ranking,
            RecipientZh: "相应区县",
            RecipientEn: "The district (county-level government) ranked among the top ten",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels: [Channel("one_time_award", "一次性奖励", "One-time award, for cultivating above-scale producer-service enterprises")]),
        new MeasureInfo(
            Id: MeasureId.Measure7a,
            ClauseNumber: "（七）",
            SectionZh: Section3Zh,
            SectionEn: Section3En,
            TitleZh: "首次入选中国服务业企业500强奖励",
            TitleEn: "First-time China Top 500 Service Enterprise",
            ClauseTextZh: "每新增1家首次入选的生产性服务业企业，给予相应区县最高500万元奖励，专项用于支持市场主体做大做强",
            Kind: MeasureKind.MonetaryCeiling,
            RecipientZh: "相应区县",
            RecipientEn: "The district where the enterprise is",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels: [Channel("award", "奖励", "Award, restricted to helping market entities grow larger and stronger")]),
        new MeasureInfo(
            Id: MeasureId.Measure7b,
            ClauseNumber: "（七）",
            SectionZh: Section3Zh,
            SectionEn: Section3En,
            TitleZh: "行业协会奖励",
            TitleEn: "Industry association reward",
            ClauseTextZh: "给予行业协会一定奖励，支持用于培育行业龙头企业、具有行业示范带动作用的标志性项目及品牌",
            Kind: MeasureKind.UnquantifiedAward,
            RecipientZh: "行业协会",
            RecipientEn: "Industry associations",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels: [Channel("unquantified_award", "一定奖励", "A reward of unspecified amount, for cultivating leading firms, flagship projects and brands")]),
        new MeasureInfo(
            Id: MeasureId.Measure7c,
            ClauseNumber: "（七）",
            SectionZh: Section3Zh,
            SectionEn: Section3En,
            TitleZh: "制造业主辅分离奖励",
            TitleEn: "Manufacturing spin-off award",
            ClauseTextZh: "对分离后新设立的生产性服务业企业，年营业收入达到2000万元以上的给予一次性奖励，最高不超过100万元",
            Kind: MeasureKind.MonetaryCeiling,
            RecipientZh: "分离后新设立的生产性服务业企业",
            RecipientEn: "The producer-service enterprise newly established by separation from a manufacturer",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels: [Channel("one_time_award", "一次性奖励", "One-time award")]),
        new MeasureInfo(
            Id: MeasureId.Measure7d,
            ClauseNumber: "（七）",
            SectionZh: Section3Zh,
            SectionEn: Section3En,
            TitleZh: "“专精特新”转型发展",
            TitleEn: "\"专精特新\" transformation of producer-service SMEs",
            ClauseTextZh: "支持生产性服务业中小企业向“专精特新”转型发展",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "生产性服务业中小企业",
            RecipientEn: "Producer-service small and medium-sized enterprises",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels:
            [
                Channel("specialised_transformation", "向“专精特新”转型发展", "Transformation into specialised, refined, distinctive and innovative (专精特新) enterprises"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure8,
            ClauseNumber: "（八）",
            SectionZh: Section4Zh,
            SectionEn: Section4En,
            TitleZh: "政府投资基金和股权投资",
            TitleEn: "Government investment funds and equity investment",
            ClauseTextZh: "充分发挥各级政府投资基金作用，鼓励天使投资、风险投资、私募股权投资等投资机构，加大对生产性服务业企业、项目和集聚区建设的支持力度",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "生产性服务业企业、项目和集聚区建设",
            RecipientEn: "Producer-service enterprises, projects and cluster construction",
            LeadUnitZh: FinanceOfficeZh,
            LeadUnitEn: FinanceOfficeEn,
            Channels:
            [
                Channel("government_investment_funds", "各级政府投资基金", "Government investment funds at all levels"),
                Channel("angel_investment", "天使投资", "Angel investment"),
                Channel("venture_capital", "风险投资", "Venture capital"),
                Channel("private_equity", "私募股权投资", "Private equity investment"),
                Channel("patient_capital", "耐心资本", "Patient capital for start-up and growth-stage enterprises"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure9,
            ClauseNumber: "（九）",
            SectionZh: Section4Zh,
            SectionEn: Section4En,
            TitleZh: "针对性融资产品",
            TitleEn: "Targeted financing products",
            ClauseTextZh: "创新动产融资业务，积极发展知识产权质押贷款、“科创贷”等贷款产品，丰富“再贷款+”“再贴现+”产品体系",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "生产性服务业领域各类企业、集聚区建设",
            RecipientEn: "Producer-service enterprises of all kinds and cluster construction",
            LeadUnitZh: FinanceOfficeZh,
            LeadUnitEn: FinanceOfficeEn,
            Channels:
            [
                Channel("targeted_financing_products", "针对性融资产品", "Targeted financing products from banks, guarantors and insurers"),
                Channel("movable_asset_financing", "动产融资", "Movable-asset financing"),
                Channel("ip_pledge_loans", "知识产权质押贷款", "Intellectual-property pledge loans"),
                Channel("kechuang_loans", "“科创贷”", "\"Kechuang\" science-and-technology innovation loans"),
                Channel("relending_plus", "“再贷款+”", "\"Relending+\" products"),
                Channel("rediscount_plus", "“再贴现+”", "\"Rediscount+\" products"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure10,
            ClauseNumber: "（十）",
            SectionZh: Section4Zh,
            SectionEn: Section4En,
            TitleZh: "优化金融服务与风险分担",
            TitleEn: "Better financial services and risk sharing",
            ClauseTextZh: "健全风险分担补偿机制，鼓励构建“股贷债保”联动全方位全业态全生命周期的科技金融综合服务体系",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "生产性服务业企业",
            RecipientEn: "Producer-service enterprises",
            LeadUnitZh: FinanceOfficeZh,
            LeadUnitEn: FinanceOfficeEn,
            Channels:
            [
                Channel("risk_sharing_compensation", "风险分担补偿机制", "Risk-sharing and compensation mechanisms"),
                Channel("equity_loan_bond_insurance_linkage", "“股贷债保”联动", "Linked equity, loan, bond and insurance services"),
                Channel("streamlined_loan_approval", "优化贷款审批流程", "Streamlined loan approval"),
                Channel("faster_loan_disbursement", "提高贷款审批和发放效率", "Faster loan approval and disbursement"),
                Channel("regulated_intermediary_fees", "规范融资过程中相关中介机构收费行为", "Regulated intermediary fees in financing"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure11,
            ClauseNumber: "（十一）",
            SectionZh: Section5Zh,
            SectionEn: Section5En,
            TitleZh: "就业创业支持",
            TitleEn: "Employment and start-up support",
            ClauseTextZh: "统筹用好失业保险降费、就业补贴、税收优惠等政策，叠加就业、见习、培训等政策，完善创业补贴、融资支持、场地安排等扶持政策",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "生产性服务业中小企业和个体工商户",
            RecipientEn: "Producer-service small and medium-sized enterprises and individual businesses",
            LeadUnitZh: HumanResourcesZh,
            LeadUnitEn: HumanResourcesEn,
            Channels:
            [
                Channel("unemployment_insurance_rate_cuts", "失业保险降费", "Unemployment-insurance contribution cuts"),
                Channel("employment_subsidies", "就业补贴", "Employment subsidies"),
                Channel("tax_preferences", "税收优惠", "Tax preferences"),
                Channel("internships", "见习", "Internships"),
                Channel("training", "培训", "Training"),
                Channel("startup_subsidies", "创业补贴", "Start-up subsidies"),
                Channel("financing_support", "融资支持", "Financing support"),
                Channel("premises", "场地安排", "Premises"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure12,
            ClauseNumber: "（十二）",
            SectionZh: Section5Zh,
            SectionEn: Section5En,
            TitleZh: "人才保障",
            TitleEn: "Talent",
            ClauseTextZh: "通过“揭榜挂帅”“揭榜招贤”等方式引进高层次生产性服务业人才、领军型创新创业团队等",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "高层次生产性服务业人才、领军型创新创业团队",
            RecipientEn: "High-level producer-service talent and leading innovation and start-up teams",
            LeadUnitZh: HumanResourcesZh,
            LeadUnitEn: HumanResourcesEn,
            Channels:
            [
                Channel("shortage_talent_catalogue", "急需紧缺人才目录", "Catalogue of urgently needed producer-service talent"),
                Channel("high_end_talent_selection", "高端生产性服务业人才", "Selection of high-end producer-service talent"),
                Channel("jiebang_guashuai", "“揭榜挂帅”", "\"Jiebang guashuai\" open competition for leading roles"),
                Channel("jiebang_zhaoxian", "“揭榜招贤”", "\"Jiebang zhaoxian\" open recruitment of talent"),
                Channel("high_end_talent_training", "高端人才培训", "High-end talent training in key sectors"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure13,
            ClauseNumber: "（十三）",
            SectionZh: Section6Zh,
            SectionEn: Section6En,
            TitleZh: "活动平台补助",
            TitleEn: "Event platform subsidy",
            ClauseTextZh: "对符合条件的生产性服务业活动平台，按不超过实际投入的30%给予补助，最高不超过100万元",
            Kind: MeasureKind.MonetaryCeiling,
            RecipientZh: "符合条件的生产性服务业活动平台（举办单位）",
            RecipientEn: "The organiser of a qualifying producer-service event platform",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels: [Channel("input_subsidy", "补助", "Subsidy on the actual input")]),
        new MeasureInfo(
            Id: MeasureId.Measure14,
            ClauseNumber: "（十四）",
            SectionZh: Section6Zh,
            SectionEn: Section6En,
            TitleZh: "行业协会发展",
            TitleEn: "Industry associations",
            ClauseTextZh: "支持生产性服务业行业协会发展，充分发挥政府采购作用，鼓励相关部门购买行业领域社会组织服务",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "生产性服务业行业协会、商会",
            RecipientEn: "Producer-service industry associations and chambers of commerce",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels:
            [
                Channel("government_procurement", "政府采购", "Government procurement"),
                Channel("purchase_of_services", "购买行业领域社会组织服务", "Purchase of services from the sector's social organisations"),
                Channel("mutual_learning_platform", "互学互鉴平台", "Platforms for associations and chambers of commerce to learn from each other"),
                Channel("brand_building", "打造特色品牌", "Building distinctive brands"),
                Channel("service_capacity", "提升服务能力", "Improving service capacity"),
                Channel("industry_self_regulation", "行业自律", "Industry self-regulation"),
                Channel("standardisation", "标准化规范化建设", "Standardisation and regularisation"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure15,
            ClauseNumber: "（十五）",
            SectionZh: Section6Zh,
            SectionEn: Section6En,
            TitleZh: "开放合作",
            TitleEn: "Open cooperation platforms",
            ClauseTextZh: "支持通过产业联动、平台联建、活动联办、品牌联创等方式，搭建更多市内企业“走出去”、市外企业“引进来”的合作交流平台",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "市内企业和市外企业",
            RecipientEn: "Enterprises in Chongqing going out, and enterprises from outside Chongqing coming in",
            LeadUnitZh: DevelopmentReformZh,
            LeadUnitEn: DevelopmentReformEn,
            Channels:
            [
                Channel("industrial_linkage", "产业联动", "Industrial linkage"),
                Channel("joint_platform_building", "平台联建", "Jointly built platforms"),
                Channel("joint_events", "活动联办", "Jointly held events"),
                Channel("joint_brand_creation", "品牌联创", "Jointly created brands"),
                Channel("cooperation_exchange_platforms", "合作交流平台", "Cooperation and exchange platforms (渝新, 渝港, RCEP, 成渝地区双城经济圈, 渝鲁)"),
            ]),
        new MeasureInfo(
            Id: MeasureId.Measure16,
            ClauseNumber: "（十六）",
            SectionZh: Section6Zh,
            SectionEn: Section6En,
            TitleZh: "用地保障",
            TitleEn: "Land supply",
            ClauseTextZh: "鼓励采用长期租赁、先租后让、弹性年期出让等灵活的供地方式支持生产性服务业发展",
            Kind: MeasureKind.NonMonetary,
            RecipientZh: "生产性服务业项目及利用存量房产、土地的工业企业",
            RecipientEn: "Producer-service projects, and industrial enterprises using their existing buildings and land",
            LeadUnitZh: PlanningZh,
            LeadUnitEn: PlanningEn,
            Channels:
            [
                Channel("revitalise_inefficient_land", "盘活存量低效用地", "Revitalising existing inefficiently used land"),
                Channel("long_term_lease", "长期租赁", "Long-term lease"),
                Channel("lease_then_transfer", "先租后让", "Lease then transfer"),
                Channel("flexible_term_transfer", "弹性年期出让", "Flexible-term transfer"),
                Channel("existing_industrial_buildings_and_land", "利用存量房产、土地", "Industrial enterprises' use of existing buildings and land for producer services"),
            ]),
    ];
}
