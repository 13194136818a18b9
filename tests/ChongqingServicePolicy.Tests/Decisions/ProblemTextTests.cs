using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// Every problem's message, word for word in both languages, with and without the expected value it names: as
/// <see cref="DecisionText.Render(Problem, Language)"/> writes it (characters) and as the explanation of an invalid
/// decision carries it (UTF-8).
/// </summary>
public sealed class ProblemTextTests
{
    public static TheoryData<ProblemCode, string?, string, string> Messages => new()
    {
        { ProblemCode.Required, null, "必填，未填写", "is required but not given" },
        { ProblemCode.Required, "X", "必填（或填写 X），未填写", "is required (or give X) but not given" },
        { ProblemCode.MustNotBeNegative, null, "不得为负数", "must not be negative" },
        { ProblemCode.MustNotBeNegative, "X", "不得为负数", "must not be negative" },
        { ProblemCode.ExceedsTotalInvestment, null, "经核定的投资金额不得超过项目投资总额 ", "approved investment must not exceed total investment " },
        { ProblemCode.ExceedsTotalInvestment, "X", "经核定的投资金额不得超过项目投资总额 X", "approved investment must not exceed total investment X" },
        { ProblemCode.UnknownDistrict, null, "不是重庆市区县代码（GB/T 2260）", "is not a Chongqing county-level code (GB/T 2260)" },
        { ProblemCode.UnknownDistrict, "X", "不是重庆市区县代码（GB/T 2260）", "is not a Chongqing county-level code (GB/T 2260)" },
        { ProblemCode.DistrictNotYetInForce, null, "该区县自  起设立，申请日期时尚不存在", "names a unit that exists only from " },
        { ProblemCode.DistrictNotYetInForce, "X", "该区县自 X 起设立，申请日期时尚不存在", "names a unit that exists only from X" },
        { ProblemCode.DistrictAbolished, null, "该区县已撤销且过渡期已结束，应使用承继单位代码 ", "names an abolished unit after the transition (use its successor )" },
        { ProblemCode.DistrictAbolished, "X", "该区县已撤销且过渡期已结束，应使用承继单位代码 X", "names an abolished unit after the transition (use its successor X)" },
        { ProblemCode.CreditCodeLength, null, "应为  位", "must be  characters long" },
        { ProblemCode.CreditCodeLength, "X", "应为 X 位", "must be X characters long" },
        { ProblemCode.CreditCodeCharacter, null, "含有不允许的字符（允许：）", "has a character outside the code's alphabet ()" },
        { ProblemCode.CreditCodeCharacter, "X", "含有不允许的字符（允许：X）", "has a character outside the code's alphabet (X)" },
        { ProblemCode.CreditCodeDivision, null, "第 3–8 位应为 6 位数字的行政区划码", "positions 3–8 must be a six-digit division code" },
        { ProblemCode.CreditCodeDivision, "X", "第 3–8 位应为 6 位数字的行政区划码", "positions 3–8 must be a six-digit division code" },
        { ProblemCode.CreditCodeCheck, null, "校验码错误，按 GB 32100-2015 应为 ", "has a wrong check character (GB 32100-2015 gives )" },
        { ProblemCode.CreditCodeCheck, "X", "校验码错误，按 GB 32100-2015 应为 X", "has a wrong check character (GB 32100-2015 gives X)" },
        { ProblemCode.OverrideWithoutApproval, null, "填写了自由裁量金额，但缺少批准机关和文号", "must give the approving body and document number for a discretionary amount" },
        { ProblemCode.OverrideWithoutApproval, "X", "填写了自由裁量金额，但缺少批准机关和文号", "must give the approving body and document number for a discretionary amount" },
        { ProblemCode.OverrideNotPermitted, null, "该措施条款无“原则上”，不允许自由裁量金额（允许的措施：）", "a discretionary amount is not allowed for this measure (allowed for: )" },
        { ProblemCode.OverrideNotPermitted, "X", "该措施条款无“原则上”，不允许自由裁量金额（允许的措施：X）", "a discretionary amount is not allowed for this measure (allowed for: X)" },
        { ProblemCode.ApprovalWithoutOverride, null, "填写了批准文号，但没有自由裁量金额", "an approval reference is given without a discretionary amount" },
        { ProblemCode.ApprovalWithoutOverride, "X", "填写了批准文号，但没有自由裁量金额", "an approval reference is given without a discretionary amount" },
        { ProblemCode.TierOutOfRange, null, "档次应为 ", "tier must be " },
        { ProblemCode.TierOutOfRange, "X", "档次应为 X", "tier must be X" },
        { ProblemCode.GrowthBelowMinusOneHundredPercent, null, "增速不能低于 -100%", "growth cannot be below -100%" },
        { ProblemCode.GrowthBelowMinusOneHundredPercent, "X", "增速不能低于 -100%", "growth cannot be below -100%" },
        { ProblemCode.DecidedByRanking, null, "第（六）条按区县年度综合评价排名认定，不受理单个申请（请使用 rank-districts）", "measure 6 is decided by ranking districts' statistics, not by application (use rank-districts)" },
        { ProblemCode.DecidedByRanking, "X", "第（六）条按区县年度综合评价排名认定，不受理单个申请（请使用 rank-districts）", "measure 6 is decided by ranking districts' statistics, not by application (use rank-districts)" },
        { ProblemCode.UndefinedValue, null, "取值无效", "is not a defined value" },
        { ProblemCode.UndefinedValue, "X", "取值无效，应为 X", "is not a defined value (expected X)" },
        { ProblemCode.DuplicateApplicationId, null, "与前面的申请编号重复", "repeats an earlier application id" },
        { ProblemCode.DuplicateApplicationId, "X", "与第 X 行的申请编号重复", "repeats the application id of row X" },
        { ProblemCode.DuplicateDistrict, null, "该区县在本年度已有一行数据", "repeats a district already given for the year" },
        { ProblemCode.DuplicateDistrict, "X", "该区县在本年度已有一行数据", "repeats a district already given for the year" },
        { ProblemCode.DistrictNotInRankingYear, null, "在评价基准日  不是有效的区县单位", "is not a unit in force on the reference day " },
        { ProblemCode.DistrictNotInRankingYear, "X", "在评价基准日 X 不是有效的区县单位", "is not a unit in force on the reference day X" },
        { ProblemCode.FieldCount, null, "该行字段个数与表头不符", "is the row's number of fields, unlike the header's" },
        { ProblemCode.FieldCount, "X", "该行字段个数与表头不符（表头有 X 个）", "is the row's number of fields; the header has X" },
        { ProblemCode.HiddenCharacter, null, "含看不见的控制、格式或空白字符 ，看来相同的编号可能并不相同", "holds , a control, format or space character that cannot be seen, so ids that look the same could differ" },
        { ProblemCode.HiddenCharacter, "X", "含看不见的控制、格式或空白字符 X，看来相同的编号可能并不相同", "holds X, a control, format or space character that cannot be seen, so ids that look the same could differ" },
        { ProblemCode.UnreadableValue, null, "无法读取", "cannot be read" },
        { ProblemCode.UnreadableValue, "X", "无法读取，应为X", "cannot be read (expected X)" },
        { ProblemCode.UnreadableValue, "amount-yuan", "无法读取，应为以元为单位的普通小数金额，如 1234567.89（不用千位分隔符、科学计数法或全角数字）", "cannot be read (expected a plain decimal amount in yuan such as 1234567.89 (no thousands separators, exponent or full-width digits))" },
        { ProblemCode.UnreadableValue, "date", "无法读取，应为yyyy-MM-dd 格式的有效日期，如 2025-03-01", "cannot be read (expected a valid date yyyy-MM-dd such as 2025-03-01)" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Render_Problem_IsItsColumnValueAndMessage(ProblemCode code, string? expected, string chinese, string english)
    {
        var problem = new Problem(RecordField.CreditCode, "9150 \"x\"", code, expected);

        DecisionText.Render(problem, Language.Chinese).Should().Be("credit_code \"9150 \"x\"\": " + chinese);
        DecisionText.Render(problem, Language.English).Should().Be("credit_code \"9150 \"x\"\": " + english);
        problem.ToString().Should().Be("credit_code \"9150 \"x\"\": " + chinese);
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Explain_InvalidDecision_EndsWithTheProblem(ProblemCode code, string? expected, string chinese, string english)
    {
        var decision = Decision.ForInvalidInput("A-1", "S-1", MeasureId.Measure1, new NodaTime.LocalDate(2025, 6, 1), [new Problem(RecordField.ApplicationDate, null, code, expected)]);

        decision.Explain(Language.Chinese).Should().Be("（一）项目投资补助：数据无效，奖励上限 0.00 元，可支付 0.00 元（invalid-input）" + Environment.NewLine + "application_date: " + chinese);
        decision.Explain(Language.English).Should().Be("Measure (1) Project investment subsidy: invalid, award CNY 0.00, payable CNY 0.00 (invalid-input)" + Environment.NewLine + "application_date: " + english);
    }

    [Fact]
    public void Messages_CoverEveryDefinedCode()
    {
        Messages.Select(row => (ProblemCode)row[0]).Distinct().Order().Should().Equal(Enum.GetValues<ProblemCode>());
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Render_UndefinedCode_IsRefusedWithTheCode(Language language)
    {
        var act = () => DecisionText.Render(new Problem(RecordField.CreditCode, "x", (ProblemCode)200), language);

        var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("problem");
        thrown.ActualValue.Should().Be((ProblemCode)200);
        thrown.Message.Should().StartWith("Unknown problem code.");
    }
}
