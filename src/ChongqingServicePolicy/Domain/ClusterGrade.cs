namespace ChongqingServicePolicy.Domain;

/// <summary>The grade a producer-service cluster receives in the annual evaluation (measure （三）).</summary>
public enum ClusterGrade : byte
{
    /// <summary>Grade A, the only grade measure （三） rewards.</summary>
    A = 1,

    /// <summary>Grade B.</summary>
    B = 2,

    /// <summary>Grade C.</summary>
    C = 3,

    /// <summary>Grade D.</summary>
    D = 4,
}
