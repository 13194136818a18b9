using System.Text;

namespace ChongqingServicePolicy.Csv;

/// <summary>Names and decoders of <see cref="CsvEncoding"/> values.</summary>
public static class CsvEncodings
{
    /// <summary>The name used on the command line: <c>utf-8</c> or <c>gb18030</c>.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The name.</returns>
    public static string ToName(this CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.Utf8 => "utf-8",
        CsvEncoding.Gb18030 => "gb18030",
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding."),
    };

    /// <summary>Reads a name: <c>utf-8</c>/<c>utf8</c>, or <c>gb18030</c>/<c>gbk</c>/<c>gb2312</c> (GB18030 covers both), in any case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="encoding">The encoding named.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out CsvEncoding encoding)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "utf-8" or "utf8":
                encoding = CsvEncoding.Utf8;
                return true;
            case "gb18030" or "gbk" or "gb2312":
                encoding = CsvEncoding.Gb18030;
                return true;
            default:
                encoding = default;
                return false;
        }
    }

    /// <summary>
    /// A strict decoder: bytes that are not valid in the encoding raise <see cref="DecoderFallbackException"/>
    /// instead of turning silently into replacement characters.
    /// </summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The .NET encoding.</returns>
    public static Encoding GetStrictEncoding(this CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),

        // The code-pages provider is used directly, not registered process-wide, so no global state changes.
        CsvEncoding.Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            ?? throw new PlatformNotSupportedException("GB18030 (code page 54936) is not available."),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown encoding."),
    };
}
