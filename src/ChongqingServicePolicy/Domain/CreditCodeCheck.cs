namespace ChongqingServicePolicy.Domain;

/// <summary>The result of checking a 统一社会信用代码 with <see cref="UnifiedSocialCreditCode.Check(ReadOnlySpan{char})"/>.</summary>
public enum CreditCodeCheck : byte
{
    /// <summary>The code is well formed and its check character is right.</summary>
    Valid = 0,

    /// <summary>The code is not 18 characters long.</summary>
    WrongLength,

    /// <summary>A character is not in the code's alphabet (digits, and capitals other than I, O, S, V, Z).</summary>
    InvalidCharacter,

    /// <summary>Positions 3–8, the administrative division code, are not all digits.</summary>
    InvalidDivisionCode,

    /// <summary>The 18th character is not the check character the first 17 give.</summary>
    WrongCheckCharacter,
}
