namespace ChongqingServicePolicy.Decisions;

/// <summary>What 就高不重复 did to a decision's payable amount.</summary>
public enum SuppressionKind : byte
{
    /// <summary>Nothing: this record carries the highest support for its subject and is payable.</summary>
    None = 0,

    /// <summary>Another record of this policy for the same subject carries the higher award.</summary>
    SupersededByHigher = 1,

    /// <summary>Another municipal policy supports the same subject at least as much.</summary>
    SupersededByOtherPolicy = 2,
}
