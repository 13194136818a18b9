namespace ChongqingServicePolicy.Catalogue;

/// <summary>One channel of support a measure names, e.g. 知识产权质押贷款 (IP pledge loans).</summary>
/// <param name="Code">A stable snake_case code, e.g. <c>ip_pledge_loans</c>.</param>
/// <param name="NameZh">The name as the policy text gives it.</param>
/// <param name="NameEn">The English name.</param>
public sealed record SupportChannel(string Code, string NameZh, string NameEn);
