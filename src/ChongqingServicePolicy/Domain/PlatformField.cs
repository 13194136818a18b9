namespace ChongqingServicePolicy.Domain;

/// <summary>
/// The field of a public service platform under measure （二）. The text lists eight fields, then "等领域".
/// </summary>
public enum PlatformField : byte
{
    /// <summary>共性技术研发: common technology R&amp;D.</summary>
    CommonTechnologyRnd = 1,

    /// <summary>成果转化: achievement transformation.</summary>
    AchievementTransformation = 2,

    /// <summary>中试熟化: pilot-scale maturation.</summary>
    PilotScaleMaturation = 3,

    /// <summary>工业设计: industrial design.</summary>
    IndustrialDesign = 4,

    /// <summary>供应链管理: supply-chain management.</summary>
    SupplyChainManagement = 5,

    /// <summary>知识产权运营: IP operation.</summary>
    IpOperation = 6,

    /// <summary>品牌营销: brand marketing.</summary>
    BrandMarketing = 7,

    /// <summary>检验检测认证: testing, inspection and certification.</summary>
    TestingCertification = 8,

    /// <summary>A producer-service field that the text does not name (it ends its list with "等").</summary>
    Other = 99,
}
