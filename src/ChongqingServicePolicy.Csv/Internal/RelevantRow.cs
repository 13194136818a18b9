using System.Runtime.InteropServices;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// A row 就高不重复 may change, kept from the first reading until the whole file is known: what the rule compares of
/// it, where its saved cells and its written line are, and what the summary still needs of it.
/// </summary>
/// <param name="RowNumber">The spreadsheet row.</param>
/// <param name="Subject">The subject's number in the key table of application ids and subjects.</param>
/// <param name="Id">The application id's number in that table.</param>
/// <param name="TakesPart">Whether it is eligible with an award above zero (else it only declares other support).</param>
/// <param name="Measure">Its decision's measure.</param>
/// <param name="Award">Its award ceiling.</param>
/// <param name="Date">Its decision's date.</param>
/// <param name="Other">Where the other-policy support it declares is kept, or -1 when it declares none.</param>
/// <param name="CellsAt">
/// Where its saved cells start; they end where the next row's start. Only a row whose line cannot be changed by parts
/// has cells saved; the others take no bytes.
/// </param>
/// <param name="LineAt">Where its line starts in decisions.csv as first written.</param>
/// <param name="LineLength">How many bytes its line takes.</param>
/// <param name="Slot">Its measure's summary slot.</param>
/// <param name="Reduced">Whether its payable amount is below its award before 就高不重复 (counted as suppressed).</param>
/// <param name="Payable">Its payable amount before 就高不重复.</param>
/// <param name="AwardReason">Its decision's reason for the award, which becomes its reason when 就高不重复 pays it.</param>
/// <param name="RuleInfo">Whether its decision's catalogue entry is its measure's rule's.</param>
/// <param name="Layout">Where the parts of its line are that 就高不重复 changes.</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct RelevantRow(
    int RowNumber, int Subject, int Id, bool TakesPart, MeasureId Measure, decimal Award, LocalDate Date, int Other,
    long CellsAt, long LineAt, int LineLength, byte Slot, bool Reduced, decimal Payable, ReasonCode AwardReason, bool RuleInfo, LineLayout Layout);
