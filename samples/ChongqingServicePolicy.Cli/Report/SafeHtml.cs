namespace ChongqingServicePolicy.Cli.Report;

/// <summary>Markup made by <see cref="Html"/>, which may be placed as it is.</summary>
internal readonly record struct SafeHtml
{
    internal SafeHtml(string markup) => Markup = markup;

    internal string Markup { get; }
}
