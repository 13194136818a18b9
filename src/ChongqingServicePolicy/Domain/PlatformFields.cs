using System.Collections.Immutable;

namespace ChongqingServicePolicy.Domain;

/// <summary>Codes and names of <see cref="PlatformField"/> values, as the CSV contract spells them.</summary>
public static class PlatformFields
{
    /// <summary>The eight fields the text of measure （二） names.</summary>
    public static ImmutableArray<PlatformField> Listed { get; } =
    [
        PlatformField.CommonTechnologyRnd, PlatformField.AchievementTransformation,
        PlatformField.PilotScaleMaturation, PlatformField.IndustrialDesign,
        PlatformField.SupplyChainManagement, PlatformField.IpOperation,
        PlatformField.BrandMarketing, PlatformField.TestingCertification,
    ];

    /// <summary>Whether the text of measure （二） names this field.</summary>
    /// <param name="field">The field.</param>
    /// <returns><see langword="true"/> for one of the eight listed fields.</returns>
    public static bool IsListed(this PlatformField field) =>
        field >= PlatformField.CommonTechnologyRnd && field <= PlatformField.TestingCertification;

    /// <summary>The contract's code, e.g. <c>supply_chain_management</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The snake_case code.</returns>
    public static string ToCode(this PlatformField field) => field switch
    {
        PlatformField.CommonTechnologyRnd => "common_technology_rnd",
        PlatformField.AchievementTransformation => "achievement_transformation",
        PlatformField.PilotScaleMaturation => "pilot_scale_maturation",
        PlatformField.IndustrialDesign => "industrial_design",
        PlatformField.SupplyChainManagement => "supply_chain_management",
        PlatformField.IpOperation => "ip_operation",
        PlatformField.BrandMarketing => "brand_marketing",
        PlatformField.TestingCertification => "testing_certification",
        PlatformField.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown platform field."),
    };

    /// <summary>The Chinese name used in the policy text.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The name, e.g. 供应链管理.</returns>
    public static string ToChineseName(this PlatformField field) => field switch
    {
        PlatformField.CommonTechnologyRnd => "共性技术研发",
        PlatformField.AchievementTransformation => "成果转化",
        PlatformField.PilotScaleMaturation => "中试熟化",
        PlatformField.IndustrialDesign => "工业设计",
        PlatformField.SupplyChainManagement => "供应链管理",
        PlatformField.IpOperation => "知识产权运营",
        PlatformField.BrandMarketing => "品牌营销",
        PlatformField.TestingCertification => "检验检测认证",
        PlatformField.Other => "其他领域",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown platform field."),
    };

    /// <summary>The English name.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The name, e.g. supply-chain management.</returns>
    public static string ToEnglishName(this PlatformField field) => field switch
    {
        PlatformField.CommonTechnologyRnd => "common technology R&D",
        PlatformField.AchievementTransformation => "achievement transformation",
        PlatformField.PilotScaleMaturation => "pilot-scale maturation",
        PlatformField.IndustrialDesign => "industrial design",
        PlatformField.SupplyChainManagement => "supply-chain management",
        PlatformField.IpOperation => "IP operation",
        PlatformField.BrandMarketing => "brand marketing",
        PlatformField.TestingCertification => "testing, inspection and certification",
        PlatformField.Other => "another field",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown platform field."),
    };

    /// <summary>
    /// Parses a contract code (<c>ip_operation</c>) or a Chinese name (<c>知识产权运营</c>), ignoring case and
    /// surrounding white space. <c>other</c> and <c>其他</c> give <see cref="PlatformField.Other"/>.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="field">The field when recognised.</param>
    /// <returns><see langword="true"/> when the text names a field.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PlatformField field)
    {
        text = text.Trim();
        foreach (var candidate in Listed)
        {
            if (text.Equals(candidate.ToCode(), StringComparison.OrdinalIgnoreCase) ||
                text.Equals(candidate.ToChineseName(), StringComparison.Ordinal))
            {
                field = candidate;
                return true;
            }
        }

        if (text.Equals("other", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("其他") ||
            text.SequenceEqual("其他领域"))
        {
            field = PlatformField.Other;
            return true;
        }

        field = default;
        return false;
    }

    internal static Internal.CodeTable<PlatformField> Table { get; } = new(ToCode);
}
