namespace ChongqingServicePolicy.Districts;

/// <summary>How a district code stands on a given date.</summary>
public enum DistrictStatus : byte
{
    /// <summary>The code names a unit in force on the date.</summary>
    InForce = 0,

    /// <summary>
    /// The unit was abolished before the date but its code is still accepted during the transition
    /// (parameter <c>general.legacy_district_codes_accepted_until</c>); the successor is named.
    /// </summary>
    Transitional,

    /// <summary>The unit was abolished before the date and the transition is over.</summary>
    Abolished,

    /// <summary>The unit did not exist yet on the date.</summary>
    NotYetInForce,

    /// <summary>The code is not a Chongqing county-level unit at all.</summary>
    Unknown,
}
