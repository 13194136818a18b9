using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Decisions;

/// <summary>One record of a subject that 就高不重复 compared: what it was awarded, under which measure and date.</summary>
/// <param name="ApplicationId">The record's application id.</param>
/// <param name="Measure">Its measure.</param>
/// <param name="AwardYuan">Its award ceiling before 就高不重复.</param>
/// <param name="Date">Its decision date, which breaks ties between equal awards of the same measure.</param>
public sealed record ComparedApplication(string ApplicationId, MeasureId Measure, decimal AwardYuan, LocalDate Date);
