using System.Runtime.InteropServices;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// A row 就高不重复 may change, kept from the first reading until the whole file is known: its subject, where its
/// saved cells and its written line are, and what the summary still needs of it.
/// </summary>
/// <param name="Subject">The subject's number in the key table of application ids and subjects.</param>
/// <param name="CellsAt">Where its saved cells start; they end where the next row's start.</param>
/// <param name="LineAt">Where its line starts among the lines held, when they are held.</param>
/// <param name="LineLength">How many bytes its line takes.</param>
/// <param name="Measure">Its measure's summary slot.</param>
/// <param name="TakesPart">Whether it is eligible with an award above zero (else it only declares other support).</param>
/// <param name="Reduced">Whether its payable amount is below its award before 就高不重复 (counted as suppressed).</param>
/// <param name="Payable">Its payable amount before 就高不重复.</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct RelevantRow(
    int Subject, long CellsAt, long LineAt, int LineLength, byte Measure, bool TakesPart, bool Reduced, decimal Payable);
