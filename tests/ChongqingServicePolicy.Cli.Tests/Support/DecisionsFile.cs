using nietras.SeparatedValues;

namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>Reads decisions.csv back with a CSV library, not with the code under test.</summary>
public static class DecisionsFile
{
    public static IReadOnlyList<string> Header(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        return [.. reader.Header.ColNames];
    }

    public static IReadOnlyList<DecisionLine> Read(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var rows = new List<DecisionLine>();
        foreach (var row in reader)
        {
            rows.Add(new DecisionLine(
                row["application_id"].ToString(),
                row["measure"].ToString(),
                row["outcome"].ToString(),
                row["award_yuan"].ToString(),
                row["payable_yuan"].ToString(),
                row["reason"].ToString(),
                row["explanation"].ToString()));
        }

        return rows;
    }
}
