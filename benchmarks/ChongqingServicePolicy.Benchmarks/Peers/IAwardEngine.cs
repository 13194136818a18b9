using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Benchmarks.Peers;

/// <summary>One way of deciding measures 1 and 2: the award in yuan, rounded down to the fen, 0 when none.</summary>
public interface IAwardEngine
{
    /// <summary>The engine's name in tables.</summary>
    string Name { get; }

    /// <summary>Decides a measure-1 record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The award.</returns>
    decimal Measure1(ApplicationRecord record);

    /// <summary>Decides a measure-2 record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The award.</returns>
    decimal Measure2(ApplicationRecord record);
}
