namespace ChongqingServicePolicy.Cli.Report;

/// <summary>An application that needs a person's review, as the report lists it.</summary>
/// <param name="Row">The spreadsheet row.</param>
/// <param name="ApplicationId">The application id as given.</param>
/// <param name="Applicant">The applicant's name as given.</param>
/// <param name="Measure">The measure's code.</param>
/// <param name="District">The district code.</param>
/// <param name="AwardYuan">What it would receive if the reviewer accepts it.</param>
/// <param name="Explanation">The decision explained on one line.</param>
internal sealed record ReviewItem(int Row, string ApplicationId, string Applicant, string Measure, int District, decimal AwardYuan, string Explanation);
