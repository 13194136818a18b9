namespace ChongqingServicePolicy.Districts;

/// <summary>The result of looking up a district code on a date.</summary>
/// <param name="Status">How the code stands on the date.</param>
/// <param name="Unit">The unit the code names, or <see langword="null"/> for an unknown code.</param>
/// <param name="Successor">The unit that succeeded an abolished one, when there is one.</param>
public readonly record struct DistrictCheck(DistrictStatus Status, CountyUnit? Unit, CountyUnit? Successor)
{
    /// <summary>Whether a record may carry this code on the date (in force, or accepted in transition).</summary>
    public bool IsAccepted => Status is DistrictStatus.InForce or DistrictStatus.Transitional;
}
