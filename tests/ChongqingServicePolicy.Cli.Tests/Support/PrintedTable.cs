namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>A table as cqpolicy printed it: the heading cells and the rows, blank rows left out.</summary>
public sealed record PrintedTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The row whose first cell is <paramref name="key"/>.</summary>
    public IReadOnlyList<string> Row(string key) => Rows.Single(r => r[0] == key);

    /// <summary>A cell of a row by its column heading.</summary>
    public string Cell(string key, string column) => Row(key)[Index(column)];

    public int Index(string column)
    {
        var index = Header.ToList().IndexOf(column);
        index.Should().BeGreaterThanOrEqualTo(0, $"the table has a column '{column}' ({string.Join(" | ", Header)})");
        return index;
    }
}
