namespace ChongqingServicePolicy.Decisions;

/// <summary>The stable codes of <see cref="ValueFormat"/> values and their text in each language.</summary>
public static class ValueFormats
{
    /// <summary>The stable kebab-case code, e.g. <c>amount-yuan</c>.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this ValueFormat format) => format switch
    {
        ValueFormat.AmountYuan => "amount-yuan",
        ValueFormat.Boolean => "boolean",
        ValueFormat.WholeNumber => "whole-number",
        ValueFormat.Rate => "rate",
        ValueFormat.Date => "date",
        ValueFormat.PlatformField => "platform-field",
        ValueFormat.ClusterGrade => "cluster-grade",
        ValueFormat.Measure => "measure",
        ValueFormat.QuotedField => "quoted-field",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown value format."),
    };

    /// <summary>Reads a code written by <see cref="ToCode(ValueFormat)"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="format">The format named.</param>
    /// <returns>Whether the code names a format.</returns>
    public static bool TryParse(string? code, out ValueFormat format)
    {
        foreach (var f in All)
        {
            if (string.Equals(f.ToCode(), code, StringComparison.Ordinal))
            {
                format = f;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>Every format, in declaration order.</summary>
    public static IReadOnlyList<ValueFormat> All { get; } =
    [
        ValueFormat.AmountYuan, ValueFormat.Boolean, ValueFormat.WholeNumber, ValueFormat.Rate, ValueFormat.Date,
        ValueFormat.PlatformField, ValueFormat.ClusterGrade, ValueFormat.Measure, ValueFormat.QuotedField,
    ];

    /// <summary>What the format asks for, as an analyst reads it, e.g. <c>yyyy-MM-dd 格式的日期</c>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Describe(this ValueFormat format, Language language)
    {
        var zh = language == Language.Chinese;
        return format switch
        {
            ValueFormat.AmountYuan => zh ? "以元为单位的普通小数金额，如 1234567.89（不用千位分隔符、科学计数法或全角数字）" : "a plain decimal amount in yuan such as 1234567.89 (no thousands separators, exponent or full-width digits)",
            ValueFormat.Boolean => zh ? "是/否、true/false、1/0 或 yes/no" : "true/false, 1/0, yes/no or 是/否",
            ValueFormat.WholeNumber => zh ? "整数" : "a whole number",
            ValueFormat.Rate => zh ? "小数（如 0.15）或百分数（如 15%）" : "a fraction such as 0.15 or a percentage such as 15%",
            ValueFormat.Date => zh ? "yyyy-MM-dd 格式的有效日期，如 2025-03-01" : "a valid date yyyy-MM-dd such as 2025-03-01",
            ValueFormat.PlatformField => zh ? "八个平台领域代码之一（如 industrial_design）或其中文名称" : "one of the eight field codes (e.g. industrial_design) or their Chinese names",
            ValueFormat.ClusterGrade => zh ? "A、B、C 或 D" : "A, B, C or D",
            ValueFormat.Measure => zh ? "措施编号 1…16 或 7a…7d" : "a measure 1…16 or 7a…7d",
            ValueFormat.QuotedField => zh ? "整个字段用英文双引号括起，字段内的双引号写成两个（\"\"）" : "the whole field in double quotes, with any quote inside doubled (\"\")",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown value format."),
        };
    }
}
