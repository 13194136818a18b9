namespace ChongqingServicePolicy.Csv;

/// <summary>The text encodings an input file may be read in (CSV-CONTRACT.md, "Reading").</summary>
public enum CsvEncoding
{
    /// <summary>UTF-8, with or without a byte order mark; the default.</summary>
    Utf8 = 0,

    /// <summary>GB18030, which covers GBK and GB2312: what Excel writes in a Chinese locale.</summary>
    Gb18030 = 1,
}
