namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>Reads back the box-drawn tables of cqpolicy's plain-text output.</summary>
public static class PrintedTables
{
    public static IReadOnlyList<PrintedTable> Parse(string output)
    {
        var tables = new List<PrintedTable>();
        List<string[]>? rows = null;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.StartsWith('╭'))
            {
                rows = [];
            }
            else if (line.StartsWith('╰') && rows is not null)
            {
                tables.Add(new PrintedTable(rows[0], [.. rows.Skip(1).Where(r => r.Any(c => c.Length > 0))]));
                rows = null;
            }
            else if (line.StartsWith('│') && rows is not null)
            {
                rows.Add([.. line.Trim('│').Split('│').Select(c => c.Trim())]);
            }
        }

        return tables;
    }

    /// <summary>A count as the summary prints it: "·" for none, thousands separated by commas.</summary>
    public static int Count(string cell) => cell == "·" ? 0 : int.Parse(cell.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An amount as the summary prints it: "1,234,567.89".</summary>
    public static decimal Money(string cell) => decimal.Parse(cell, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);
}
