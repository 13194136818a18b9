namespace ChongqingServicePolicy.Cli.Report;

/// <summary>An application the report lists in detail: one that needs a person's review, or one that is ineligible.</summary>
/// <param name="Row">The spreadsheet row.</param>
/// <param name="ApplicationId">The application id as given.</param>
/// <param name="Applicant">The applicant's name as given.</param>
/// <param name="Measure">The measure's code.</param>
/// <param name="District">The district code.</param>
/// <param name="AwardYuan">What it would receive if the reviewer accepts it; 0 for an ineligible one.</param>
/// <param name="Reason">The reason code.</param>
/// <param name="Unmet">The conditions it does not meet (the trace's steps that did not pass), on one line.</param>
/// <param name="WhatWouldChange">What would change the result (the trace's boundary steps), on one line; empty when none.</param>
/// <param name="Explanation">The decision explained on one line.</param>
internal sealed record ReviewItem(
    int Row, string ApplicationId, string Applicant, string Measure, int District, decimal AwardYuan, string Reason, string Unmet, string WhatWouldChange, string Explanation);
