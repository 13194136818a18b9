using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary>The help text of the program and of each command.</summary>
internal static class Help
{
    private static readonly (string Name, string Usage, string Summary, string Details)[] Commands =
    [
        ("evaluate",
            "cqpolicy evaluate APPLICATIONS.csv [--out DECISIONS.csv] [--json DECISIONS.jsonl] [--report REPORT.html] [--encoding utf-8|gb18030] [--parameters PARAMS.json] [--lang zh|en] [--today YYYY-MM-DD] [--sync]",
            "decide every application row and write decisions.csv",
            """
            Decides every row of an applications file (CSV-CONTRACT.md) and writes one decision per row, in input
            order, to DECISIONS.csv (default: beside the input, NAME.decisions.csv). 就高不重复 applies across the
            whole file by subject_id and against other_policy_award_yuan. Prints a summary per measure and outcome
            with totals, and the invalid rows grouped by fault.

              --out FILE          where to write decisions.csv (replaced only when complete)
              --json FILE         also write one decision record per row (JSON Lines), for cqpolicy replay
              --report FILE       also write a report to read or print: totals, charts by measure and district,
                                  rows needing review, invalid rows by fault, parameters (one HTML file, offline)
              --encoding NAME     utf-8 (default) or gb18030 (what Excel writes in a Chinese locale)
              --parameters FILE   JSON overrides, e.g. { "measures": { "1": { "cap_yuan": 8000000 } } }
              --lang zh|en        language of the explanations and the summary (default zh)
              --today YYYY-MM-DD  the day the rows are decided as of, recorded as each decision record's
                                  evaluation_date (default: today in Asia/Shanghai), so a run repeats exactly
              --sync              flush every output to disk before moving it into place (see below)

            A bad row becomes an Invalid decision naming the row, column, value and what was expected.
            Outputs are written to a temporary file and moved into place only when complete, so a failed or
            stopped run never leaves a partial file. The system then writes them to disk within seconds; a power
            failure in those seconds can lose them. --sync waits until they are on the disk before moving them
            into place: safe against a power failure once the command has returned, but slower (seconds more for
            a file of hundreds of megabytes on some disks).
            Exit status: 0 processed; 2 usage error or unreadable file (nothing written); 130 cancelled.
            """),
        ("compare",
            "cqpolicy compare APPLICATIONS.csv --parameters ALT.json [--baseline BASE.json] [--out IMPACT.csv] [--report IMPACT.html] [--encoding utf-8|gb18030] [--lang zh|en] [--today YYYY-MM-DD] [--sync]",
            "what a change of parameters would cost: decide a file under two parameter sets",
            """
            Decides every row of an applications file under the baseline parameters (the built-in ones, or
            BASE.json) and under ALT.json, whose values override the baseline's, exactly as evaluate would. Prints
            per measure the eligible rows, total award and total payable under each and the differences, the
            applications whose outcome or payable amount changes (largest first), and the total budget impact.
            Writes every changed application to IMPACT.csv (default: beside the input, NAME.impact.csv) with
            application_id, measure, both outcomes and payable amounts, the difference and the row.
            For example, what if measure 1's cap were 8 million:
              echo '{ "measures": { "1": { "cap_yuan": 8000000 } } }' > cap-8m.json
              cqpolicy compare samples/data/applications.csv --parameters cap-8m.json

              --parameters FILE   the alternative parameters (required), over the baseline
              --baseline FILE     the baseline parameters (default: built in)
              --out FILE          where to write impact.csv (replaced only when complete)
              --report FILE       also write a report: totals, charts, changed parameters and applications
              --encoding NAME     utf-8 (default) or gb18030
              --lang zh|en        language of the tables and the report (default zh)
              --today YYYY-MM-DD  the day both runs decide as of (default: today in Asia/Shanghai)
              --sync              flush the outputs to disk before moving them into place (see evaluate --help)

            The file is read four times and streamed; only totals and the largest changes are held.
            Exit status: 0 compared; 2 usage error, unreadable file or refused parameters (nothing written);
            130 cancelled.
            """),
        ("rank-districts",
            "cqpolicy rank-districts STATS.csv --year YYYY [--out RANKING.csv] [--encoding utf-8|gb18030] [--parameters PARAMS.json] [--lang zh|en] [--sync]",
            "rank districts for measure 6 and write ranking.csv",
            """
            Ranks the districts of one statistical year under measure 6 from a district-stats file and writes
            ranking.csv (district_code, rank, score, outcome, award_yuan; default: beside the input,
            NAME.ranking.csv). Rows of other years are skipped; rows that cannot be read or ranked are listed and
            written as Invalid after the ranked districts. Prints the ranking table.

              --year YYYY         the statistical year (required)
              --out FILE          where to write ranking.csv
              --encoding NAME     utf-8 (default) or gb18030
              --parameters FILE   JSON overrides (weights, bands, awards)
              --lang zh|en        language of the table (default zh)
              --sync              flush ranking.csv to disk before moving it into place (see evaluate --help)

            Exit status: 0 processed; 2 usage error or unreadable file (nothing written); 130 cancelled.
            """),
        ("replay",
            "cqpolicy replay DECISIONS.jsonl [--lang zh|en]",
            "re-decide stored decision records and report any that no longer reproduce",
            """
            Re-decides every decision record of a file written by evaluate --json, from the input, parameters and
            evaluation date it carries, and compares the new decision with the recorded one: outcome, amounts,
            reasons, every trace step and value, the 就高不重复 context and the rendered explanation. Prints one line
            for each record that does not reproduce (its line, application_id and each difference as
            field: recorded → replayed), then a summary. A record whose parameters, input or evaluation date no
            longer match their fingerprints is reported as tampered; a line that is not a record is reported by
            line number.

              --lang zh|en        language of the report (default zh)

            Exit status: 0 all reproduce; 1 some do not (or a line is not a record); 2 usage error or unreadable file.
            """),
        ("measures",
            "cqpolicy measures [--lang zh|en]",
            "list the measures with clause text, kind, recipient, lead unit and parameters",
            """
            Lists the policy's measures: clause number and title, the clause text, the kind of support, the
            recipient and the lead unit, then every parameter with its default and whether it comes from the
            text or is an interpretation (MEASURES.md), followed by the cross-cutting rules.

              --lang zh|en        language of the titles (default zh)

            Exit status: 0.
            """),
        ("generate",
            "cqpolicy generate --rows N [--seed S] --out APPLICATIONS.csv [--sync]",
            "write a synthetic applications file (for trials and benchmarks)",
            """
            Writes N synthetic application rows, deterministic for a seed (default 20241119): every measure and
            outcome, valid credit codes, districts on both sides of the 2025-11-06 change and a few 就高不重复
            groups. Large files are streamed.

              --rows N            how many rows (required)
              --seed S            the random seed, 0 or more (default 20241119)
              --out FILE          where to write (required; replaced only when complete)
              --sync              flush the file to disk before moving it into place (see evaluate --help)

            Exit status: 0 written; 2 usage error.
            """),
    ];

    internal static bool IsCommand(string name) => Commands.Any(c => c.Name == name);

    internal static string? Usage(string? command) => Commands.FirstOrDefault(c => c.Name == command).Usage;

    internal static void Write(IAnsiConsole console, string? command)
    {
        if (command is null)
        {
            console.WriteLine("cqpolicy: Chongqing producer-services policy (渝发改规范〔2024〕7号) over CSV files");
            console.WriteLine();
            console.WriteLine("usage: cqpolicy COMMAND [ARGS]   (cqpolicy COMMAND --help for a command's details)");
            console.WriteLine();
            foreach (var c in Commands)
            {
                console.WriteLine($"  {c.Name,-16}{c.Summary}");
            }

            console.WriteLine();
            console.WriteLine("Exit status: 0 done; 1 replay found differences; 2 usage error or unreadable file; 130 cancelled.");
            return;
        }

        var entry = Commands.First(c => c.Name == command);
        console.WriteLine($"usage: {entry.Usage}");
        console.WriteLine();
        foreach (var line in entry.Details.Split('\n'))
        {
            console.WriteLine(line.TrimEnd('\r'));
        }
    }
}
