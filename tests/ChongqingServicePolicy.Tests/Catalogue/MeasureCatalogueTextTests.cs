using ChongqingServicePolicy.Catalogue;

namespace ChongqingServicePolicy.Tests.Catalogue;

/// <summary>
/// The default catalogue word for word: clause number, kind, titles, section, the quoted clause text, recipient,
/// lead unit and every channel of support, in Chinese and English. `cqpolicy measures` and every explanation print
/// these, so a changed word is a changed statement of the policy and must be seen here.
/// </summary>
public sealed class MeasureCatalogueTextTests
{
    private const string Expected = """
        1 （一） MonetaryCeiling | 项目投资补助 | Project investment subsidy
          section: 一、支持项目（平台）建设 | I. Supporting the construction of projects (platforms)
          text: 单个项目的支持金额原则上不超过项目投资总额的10%，最高不超过500万元；经市政府同意，特别重大的项目可提高，但最高支持金额原则上不超过2000万元
          recipient: 符合条件的现代生产性服务业项目（项目单位） | The enterprise carrying out a qualifying modern producer-service project
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel one_time_subsidy: 一次性补助 | One-time subsidy on the approved investment
        2 （二） MonetaryCeiling | 公共服务平台补助 | Public service platform subsidy
          section: 一、支持项目（平台）建设 | I. Supporting the construction of projects (platforms)
          text: 投资额超过500万元的，按不超过投资额的20%给予补助，最高不超过500万元
          recipient: 公共服务平台建设运营单位 | The public service platform's operator
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel investment_subsidy: 补助 | Subsidy on the platform investment
        3 （三） FixedAward | A等级集聚区奖励 | A-grade producer-service cluster award
          section: 二、推动载体提质增效 | II. Raising the quality and efficiency of carriers
          text: 对年度评估为A等级的现代生产性服务业集聚区，分档次给予200—1000万元奖励
          recipient: 集聚区所在区县政府或市级部门（含开发区管委会） | The district government or municipal department (including a development-zone management committee) the cluster belongs to
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel planning_and_scheme_drafting: 产业发展规划和建设方案编制 | Drafting the cluster's industrial development plan and construction scheme
          channel project_planning: 项目策划 | Project planning
          channel infrastructure: 基础设施建设 | Infrastructure construction
          channel public_service_support_systems: 完善公共服务支撑体系 | Improving public-service support systems
          channel statistical_monitoring: 健全统计监测机制 | Establishing statistical monitoring mechanisms
        4 （四） NonMonetary | 集聚区入驻主体支持 | Support for projects, platforms and enterprises in clusters
          section: 二、推动载体提质增效 | II. Raising the quality and efficiency of carriers
          text: 对集聚区内入驻的项目、平台和企业，给予资金、人才和用地支持
          recipient: 集聚区内入驻的项目、平台和企业 | Projects, platforms and enterprises located in a cluster
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel funds: 资金 | Funds
          channel talent: 人才 | Talent
          channel land: 用地 | Land
          channel central_budget_funds: 中央预算内资金 | Central budget funds (by recommendation)
          channel local_government_special_bonds: 地方政府专项债 | Local government special bonds (by recommendation)
          channel ultra_long_special_treasury_bonds: 超长期特别国债 | Ultra-long special treasury bonds (by recommendation)
          channel national_pilot_demonstration_projects: 国家级试点示范项目 | National pilot and demonstration projects (by recommendation)
          channel rent_relief: 租金减免 | Rent relief from the cluster operator
          channel purchase_and_fit_out: 购房装修 | Premises purchase and fit-out support from the cluster operator
          channel network_and_communications: 网络通讯 | Network and communications support from the cluster operator
        5 （五） FixedAward | 星级楼宇奖励 | Star-rated building award
          section: 二、推动载体提质增效 | II. Raising the quality and efficiency of carriers
          text: 对年度营业收入增速较快的“星级”楼宇，分档给予楼宇运营机构100万元、50万元的定额奖励
          recipient: 楼宇运营机构 | The building's operator
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel fixed_award: 定额奖励 | Fixed award by tier
        6 （六） Ranking | 区县培育排名奖励 | District cultivation ranking award
          section: 三、加强市场主体梯次培育 | III. Strengthening the tiered cultivation of market entities
          text: 综合评价前10名的区县，第1—5名分别给予500万元的一次性奖励，第6—10名分别给予300万元的一次性奖励
          recipient: 相应区县 | The district (county-level government) ranked among the top ten
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel one_time_award: 一次性奖励 | One-time award, for cultivating above-scale producer-service enterprises
        7a （七） MonetaryCeiling | 首次入选中国服务业企业500强奖励 | First-time China Top 500 Service Enterprise
          section: 三、加强市场主体梯次培育 | III. Strengthening the tiered cultivation of market entities
          text: 每新增1家首次入选的生产性服务业企业，给予相应区县最高500万元奖励，专项用于支持市场主体做大做强
          recipient: 相应区县 | The district where the enterprise is
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel award: 奖励 | Award, restricted to helping market entities grow larger and stronger
        7b （七） UnquantifiedAward | 行业协会奖励 | Industry association reward
          section: 三、加强市场主体梯次培育 | III. Strengthening the tiered cultivation of market entities
          text: 给予行业协会一定奖励，支持用于培育行业龙头企业、具有行业示范带动作用的标志性项目及品牌
          recipient: 行业协会 | Industry associations
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel unquantified_award: 一定奖励 | A reward of unspecified amount, for cultivating leading firms, flagship projects and brands
        7c （七） MonetaryCeiling | 制造业主辅分离奖励 | Manufacturing spin-off award
          section: 三、加强市场主体梯次培育 | III. Strengthening the tiered cultivation of market entities
          text: 对分离后新设立的生产性服务业企业，年营业收入达到2000万元以上的给予一次性奖励，最高不超过100万元
          recipient: 分离后新设立的生产性服务业企业 | The producer-service enterprise newly established by separation from a manufacturer
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel one_time_award: 一次性奖励 | One-time award
        7d （七） NonMonetary | “专精特新”转型发展 | "专精特新" transformation of producer-service SMEs
          section: 三、加强市场主体梯次培育 | III. Strengthening the tiered cultivation of market entities
          text: 支持生产性服务业中小企业向“专精特新”转型发展
          recipient: 生产性服务业中小企业 | Producer-service small and medium-sized enterprises
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel specialised_transformation: 向“专精特新”转型发展 | Transformation into specialised, refined, distinctive and innovative (专精特新) enterprises
        8 （八） NonMonetary | 政府投资基金和股权投资 | Government investment funds and equity investment
          section: 四、强化金融支撑服务 | IV. Strengthening financial support services
          text: 充分发挥各级政府投资基金作用，鼓励天使投资、风险投资、私募股权投资等投资机构，加大对生产性服务业企业、项目和集聚区建设的支持力度
          recipient: 生产性服务业企业、项目和集聚区建设 | Producer-service enterprises, projects and cluster construction
          lead unit: 市委金融办 | Financial Work Office of the CPC Chongqing Municipal Committee
          channel government_investment_funds: 各级政府投资基金 | Government investment funds at all levels
          channel angel_investment: 天使投资 | Angel investment
          channel venture_capital: 风险投资 | Venture capital
          channel private_equity: 私募股权投资 | Private equity investment
          channel patient_capital: 耐心资本 | Patient capital for start-up and growth-stage enterprises
        9 （九） NonMonetary | 针对性融资产品 | Targeted financing products
          section: 四、强化金融支撑服务 | IV. Strengthening financial support services
          text: 创新动产融资业务，积极发展知识产权质押贷款、“科创贷”等贷款产品，丰富“再贷款+”“再贴现+”产品体系
          recipient: 生产性服务业领域各类企业、集聚区建设 | Producer-service enterprises of all kinds and cluster construction
          lead unit: 市委金融办 | Financial Work Office of the CPC Chongqing Municipal Committee
          channel targeted_financing_products: 针对性融资产品 | Targeted financing products from banks, guarantors and insurers
          channel movable_asset_financing: 动产融资 | Movable-asset financing
          channel ip_pledge_loans: 知识产权质押贷款 | Intellectual-property pledge loans
          channel kechuang_loans: “科创贷” | "Kechuang" science-and-technology innovation loans
          channel relending_plus: “再贷款+” | "Relending+" products
          channel rediscount_plus: “再贴现+” | "Rediscount+" products
        10 （十） NonMonetary | 优化金融服务与风险分担 | Better financial services and risk sharing
          section: 四、强化金融支撑服务 | IV. Strengthening financial support services
          text: 健全风险分担补偿机制，鼓励构建“股贷债保”联动全方位全业态全生命周期的科技金融综合服务体系
          recipient: 生产性服务业企业 | Producer-service enterprises
          lead unit: 市委金融办 | Financial Work Office of the CPC Chongqing Municipal Committee
          channel risk_sharing_compensation: 风险分担补偿机制 | Risk-sharing and compensation mechanisms
          channel equity_loan_bond_insurance_linkage: “股贷债保”联动 | Linked equity, loan, bond and insurance services
          channel streamlined_loan_approval: 优化贷款审批流程 | Streamlined loan approval
          channel faster_loan_disbursement: 提高贷款审批和发放效率 | Faster loan approval and disbursement
          channel regulated_intermediary_fees: 规范融资过程中相关中介机构收费行为 | Regulated intermediary fees in financing
        11 （十一） NonMonetary | 就业创业支持 | Employment and start-up support
          section: 五、支持就业创业和人才培引 | V. Supporting employment, entrepreneurship and the cultivation and attraction of talent
          text: 统筹用好失业保险降费、就业补贴、税收优惠等政策，叠加就业、见习、培训等政策，完善创业补贴、融资支持、场地安排等扶持政策
          recipient: 生产性服务业中小企业和个体工商户 | Producer-service small and medium-sized enterprises and individual businesses
          lead unit: 市人力社保局 | Municipal Human Resources and Social Security Bureau
          channel unemployment_insurance_rate_cuts: 失业保险降费 | Unemployment-insurance contribution cuts
          channel employment_subsidies: 就业补贴 | Employment subsidies
          channel tax_preferences: 税收优惠 | Tax preferences
          channel internships: 见习 | Internships
          channel training: 培训 | Training
          channel startup_subsidies: 创业补贴 | Start-up subsidies
          channel financing_support: 融资支持 | Financing support
          channel premises: 场地安排 | Premises
        12 （十二） NonMonetary | 人才保障 | Talent
          section: 五、支持就业创业和人才培引 | V. Supporting employment, entrepreneurship and the cultivation and attraction of talent
          text: 通过“揭榜挂帅”“揭榜招贤”等方式引进高层次生产性服务业人才、领军型创新创业团队等
          recipient: 高层次生产性服务业人才、领军型创新创业团队 | High-level producer-service talent and leading innovation and start-up teams
          lead unit: 市人力社保局 | Municipal Human Resources and Social Security Bureau
          channel shortage_talent_catalogue: 急需紧缺人才目录 | Catalogue of urgently needed producer-service talent
          channel high_end_talent_selection: 高端生产性服务业人才 | Selection of high-end producer-service talent
          channel jiebang_guashuai: “揭榜挂帅” | "Jiebang guashuai" open competition for leading roles
          channel jiebang_zhaoxian: “揭榜招贤” | "Jiebang zhaoxian" open recruitment of talent
          channel high_end_talent_training: 高端人才培训 | High-end talent training in key sectors
        13 （十三） MonetaryCeiling | 活动平台补助 | Event platform subsidy
          section: 六、优化产业发展生态 | VI. Optimising the industrial development ecosystem
          text: 对符合条件的生产性服务业活动平台，按不超过实际投入的30%给予补助，最高不超过100万元
          recipient: 符合条件的生产性服务业活动平台（举办单位） | The organiser of a qualifying producer-service event platform
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel input_subsidy: 补助 | Subsidy on the actual input
        14 （十四） NonMonetary | 行业协会发展 | Industry associations
          section: 六、优化产业发展生态 | VI. Optimising the industrial development ecosystem
          text: 支持生产性服务业行业协会发展，充分发挥政府采购作用，鼓励相关部门购买行业领域社会组织服务
          recipient: 生产性服务业行业协会、商会 | Producer-service industry associations and chambers of commerce
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel government_procurement: 政府采购 | Government procurement
          channel purchase_of_services: 购买行业领域社会组织服务 | Purchase of services from the sector's social organisations
          channel mutual_learning_platform: 互学互鉴平台 | Platforms for associations and chambers of commerce to learn from each other
          channel brand_building: 打造特色品牌 | Building distinctive brands
          channel service_capacity: 提升服务能力 | Improving service capacity
          channel industry_self_regulation: 行业自律 | Industry self-regulation
          channel standardisation: 标准化规范化建设 | Standardisation and regularisation
        15 （十五） NonMonetary | 开放合作 | Open cooperation platforms
          section: 六、优化产业发展生态 | VI. Optimising the industrial development ecosystem
          text: 支持通过产业联动、平台联建、活动联办、品牌联创等方式，搭建更多市内企业“走出去”、市外企业“引进来”的合作交流平台
          recipient: 市内企业和市外企业 | Enterprises in Chongqing going out, and enterprises from outside Chongqing coming in
          lead unit: 市发展改革委 | Municipal Development and Reform Commission
          channel industrial_linkage: 产业联动 | Industrial linkage
          channel joint_platform_building: 平台联建 | Jointly built platforms
          channel joint_events: 活动联办 | Jointly held events
          channel joint_brand_creation: 品牌联创 | Jointly created brands
          channel cooperation_exchange_platforms: 合作交流平台 | Cooperation and exchange platforms (渝新, 渝港, RCEP, 成渝地区双城经济圈, 渝鲁)
        16 （十六） NonMonetary | 用地保障 | Land supply
          section: 六、优化产业发展生态 | VI. Optimising the industrial development ecosystem
          text: 鼓励采用长期租赁、先租后让、弹性年期出让等灵活的供地方式支持生产性服务业发展
          recipient: 生产性服务业项目及利用存量房产、土地的工业企业 | Producer-service projects, and industrial enterprises using their existing buildings and land
          lead unit: 市规划自然资源局 | Municipal Planning and Natural Resources Bureau
          channel revitalise_inefficient_land: 盘活存量低效用地 | Revitalising existing inefficiently used land
          channel long_term_lease: 长期租赁 | Long-term lease
          channel lease_then_transfer: 先租后让 | Lease then transfer
          channel flexible_term_transfer: 弹性年期出让 | Flexible-term transfer
          channel existing_industrial_buildings_and_land: 利用存量房产、土地 | Industrial enterprises' use of existing buildings and land for producer services
        """;

    [Fact]
    public void Default_All_ExactlyThePolicysWording()
    {
        var actual = new List<string>();
        foreach (var m in MeasureCatalogue.Default.All)
        {
            actual.Add($"{m.Code} {m.ClauseNumber} {m.Kind} | {m.TitleZh} | {m.TitleEn}");
            actual.Add($"  section: {m.SectionZh} | {m.SectionEn}");
            actual.Add($"  text: {m.ClauseTextZh}");
            actual.Add($"  recipient: {m.RecipientZh} | {m.RecipientEn}");
            actual.Add($"  lead unit: {m.LeadUnitZh} | {m.LeadUnitEn}");
            actual.AddRange(m.Channels.Select(c => $"  channel {c.Code}: {c.NameZh} | {c.NameEn}"));
        }

        actual.Should().Equal(Expected.Split('\n'));
    }
}
