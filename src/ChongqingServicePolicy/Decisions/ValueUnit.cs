namespace ChongqingServicePolicy.Decisions;

/// <summary>What a number in a trace step stands for, so that it renders and reads back correctly.</summary>
public enum ValueUnit : byte
{
    /// <summary>No value in this slot.</summary>
    None = 0,

    /// <summary>An amount of money in yuan.</summary>
    Yuan,

    /// <summary>A fraction, rendered as a percentage (0.1 is 10%).</summary>
    Rate,

    /// <summary>A whole count.</summary>
    Count,

    /// <summary>A date, held as the number yyyyMMdd.</summary>
    Date,

    /// <summary>A yes/no fact: 1 is yes, 0 is no.</summary>
    Flag,

    /// <summary>A GB/T 2260 district code.</summary>
    DistrictCode,

    /// <summary>A <see cref="Domain.ClusterGrade"/> value.</summary>
    Grade,

    /// <summary>A <see cref="Domain.PlatformField"/> value.</summary>
    PlatformField,

    /// <summary>An award tier (1 is the highest).</summary>
    Tier,

    /// <summary>A place in the ranking.</summary>
    Rank,

    /// <summary>A composite score between 0 and 1.</summary>
    Score,
}
