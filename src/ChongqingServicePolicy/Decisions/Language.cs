namespace ChongqingServicePolicy.Decisions;

/// <summary>The language explanations are rendered in. There is no global setting: each call names it.</summary>
public enum Language : byte
{
    /// <summary>Simplified Chinese, the default.</summary>
    Chinese = 0,

    /// <summary>English.</summary>
    English = 1,
}
