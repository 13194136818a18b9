using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ChongqingServicePolicy.Internal;

namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Every number the policy text fixes and every interpretation MEASURES.md records, as one immutable,
/// validated set. <see cref="Descriptors"/> lists each parameter with its clause and default.
/// </summary>
/// <remarks>
/// <para>
/// A set is validated when it is built or loaded, never when a decision is made: a negative cap, a rate above
/// 1, a cluster tier amount outside the clause's 200—1000万元, or an unknown name is refused with a
/// <see cref="PolicyParameterException"/> naming the parameter.
/// </para>
/// <para>
/// Files hold partial overrides over a baseline (the defaults unless given), for example
/// <c>{ "measures": { "1": { "cap_yuan": 8000000 } } }</c>. Parameters are data: nothing in them is evaluated.
/// </para>
/// </remarks>
public sealed class PolicyParameters
{
    // A property, not a static field, so that a process which never reads JSON never loads System.Text.Json.
    private static JsonDocumentOptions DocumentOptions => new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    private CanonicalForm? _canonical;

    /// <summary>The built-in defaults, which need no checks.</summary>
    private PolicyParameters(PolicyParametersBuilder defaults)
    {
        General = defaults.General;
        Measure1 = defaults.Measure1;
        Measure2 = defaults.Measure2;
        Measure3 = defaults.Measure3;
        Measure5 = defaults.Measure5;
        Measure6 = defaults.Measure6;
        Measure7a = defaults.Measure7a;
        Measure7c = defaults.Measure7c;
        Measure13 = defaults.Measure13;
    }

    internal PolicyParameters(PolicyParametersBuilder builder, ParameterErrors errors)
    {
        var missing = new ParameterErrors();
        General = Require(builder.General, "general", missing);
        Measure1 = Require(builder.Measure1, "measures.1", missing);
        Measure2 = Require(builder.Measure2, "measures.2", missing);
        Measure3 = Require(builder.Measure3, "measures.3", missing);
        Measure5 = Require(builder.Measure5, "measures.5", missing);
        Measure6 = Require(builder.Measure6, "measures.6", missing);
        Measure7a = Require(builder.Measure7a, "measures.7a", missing);
        Measure7c = Require(builder.Measure7c, "measures.7c", missing);
        Measure13 = Require(builder.Measure13, "measures.13", missing);
        if (missing.Any)
        {
            throw new PolicyParameterException(errors.Items.Concat(missing.Items));
        }

        // Range checks run even when reading a file already found errors, so every fault is reported at once.
        General.Validate(errors);
        Measure1.Validate(errors);
        Measure2.Validate(errors);
        Measure3.Validate(errors);
        Measure5.Validate(errors);
        Measure6.Validate(errors);
        Measure7a.Validate(errors);
        Measure7c.Validate(errors);
        Measure13.Validate(errors);
        if (errors.Any)
        {
            throw new PolicyParameterException(errors.Items);
        }
    }

    /// <summary>The defaults: the text's numbers and MEASURES.md's interpretations.</summary>
    /// <remarks>
    /// Built without running the range checks, which the built-in values are known to pass (a test builds them
    /// through <see cref="PolicyParametersBuilder.Build()"/> and compares), so a fresh process decides sooner. Every
    /// other set is checked when built.
    /// </remarks>
    public static PolicyParameters Default { get; } = new(new PolicyParametersBuilder());

    /// <summary>Every parameter with its path, clause, description and how it reads from JSON, in file order.</summary>
    public static ImmutableArray<ParameterDescriptor> Descriptors => ParameterCatalogue.All;

    /// <summary>Cross-cutting rules X1–X6 and the district transition.</summary>
    public GeneralParameters General { get; }

    /// <summary>Measure （一）.</summary>
    public Measure1Parameters Measure1 { get; }

    /// <summary>Measure （二）.</summary>
    public Measure2Parameters Measure2 { get; }

    /// <summary>Measure （三）.</summary>
    public Measure3Parameters Measure3 { get; }

    /// <summary>Measure （五）.</summary>
    public Measure5Parameters Measure5 { get; }

    /// <summary>Measure （六）.</summary>
    public Measure6Parameters Measure6 { get; }

    /// <summary>Measure 7a.</summary>
    public Measure7aParameters Measure7a { get; }

    /// <summary>Measure 7c.</summary>
    public Measure7cParameters Measure7c { get; }

    /// <summary>Measure （十三）.</summary>
    public Measure13Parameters Measure13 { get; }

    /// <summary>
    /// The lower-case hexadecimal SHA-256 of this set's canonical JSON: the UTF-8 bytes of <see cref="ToJson(bool)"/>
    /// without indentation. Two sets with the same fingerprint decide alike. Computed once per set, on first use.
    /// </summary>
    public string Fingerprint => Canonical.Sha256;

    /// <summary>The UTF-8 bytes of <see cref="ToJson(bool)"/> without indentation, computed once.</summary>
    internal ReadOnlyMemory<byte> CanonicalUtf8 => Canonical.Utf8;

    private CanonicalForm Canonical => LazyInitializer.EnsureInitialized(ref _canonical, () => new CanonicalForm(this));

    /// <summary>Reads partial overrides from JSON text and applies them over <see cref="Default"/>.</summary>
    /// <param name="json">The JSON, e.g. <c>{ "measures": { "1": { "cap_yuan": 8000000 } } }</c>.</param>
    /// <returns>The validated set.</returns>
    /// <exception cref="PolicyParameterException">The JSON is malformed, names an unknown parameter, or gives a value out of range.</exception>
    public static PolicyParameters FromJson(string json) => FromJson(json, null);

    /// <summary>Reads partial overrides from UTF-8 JSON and applies them over <see cref="Default"/>.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of the JSON (a byte-order mark is allowed).</param>
    /// <returns>The validated set.</returns>
    /// <exception cref="PolicyParameterException">The JSON is malformed, names an unknown parameter, or gives a value out of range.</exception>
    public static PolicyParameters FromJson(ReadOnlyMemory<byte> utf8Json) => FromJson(utf8Json, null);

    /// <summary>Reads partial overrides from JSON text and applies them over a baseline.</summary>
    /// <param name="json">The JSON, e.g. <c>{ "measures": { "1": { "cap_yuan": 8000000 } } }</c>.</param>
    /// <param name="baseline">The set the overrides apply to; <see cref="Default"/> when <see langword="null"/>.</param>
    /// <returns>The validated set.</returns>
    /// <exception cref="PolicyParameterException">The JSON is malformed, names an unknown parameter, or gives a value out of range.</exception>
    public static PolicyParameters FromJson(string json, PolicyParameters? baseline)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        return FromJson(Encoding.UTF8.GetBytes(json), baseline);
    }

    /// <summary>Reads partial overrides from UTF-8 JSON and applies them over a baseline.</summary>
    /// <param name="utf8Json">The UTF-8 bytes of the JSON (a byte-order mark is allowed).</param>
    /// <param name="baseline">The set the overrides apply to; <see cref="Default"/> when <see langword="null"/>.</param>
    /// <returns>The validated set.</returns>
    /// <exception cref="PolicyParameterException">The JSON is malformed, names an unknown parameter, or gives a value out of range.</exception>
    public static PolicyParameters FromJson(ReadOnlyMemory<byte> utf8Json, PolicyParameters? baseline)
    {
        var bytes = utf8Json;
        if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : string.Empty;
            throw new PolicyParameterException([new ParameterError("(file)", $"is not valid JSON{where}: {ex.Message}")]);
        }

        using (document)
        {
            var builder = (baseline ?? Default).ToBuilder();
            var errors = new ParameterErrors();
            ParameterCatalogue.Apply(document.RootElement, builder, errors);
            return builder.Build(errors);
        }
    }

    /// <summary>Reads partial overrides from a UTF-8 JSON file and applies them over a baseline.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="baseline">The set the overrides apply to; <see cref="Default"/> when <see langword="null"/>.</param>
    /// <returns>The validated set.</returns>
    /// <exception cref="PolicyParameterException">The file's content is refused; see <see cref="PolicyParameterException.Errors"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PolicyParameters LoadFile(string path, PolicyParameters? baseline = null)
    {
        Preconditions.CheckNotBlank(path, nameof(path));
        return FromJson(File.ReadAllBytes(path), baseline);
    }

    /// <summary>A builder holding this set's values, to derive another set.</summary>
    /// <returns>A new builder.</returns>
    public PolicyParametersBuilder ToBuilder() => new(this);

    /// <summary>Derives a validated set with some values changed.</summary>
    /// <param name="change">Changes the builder's sections.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="PolicyParameterException">A changed value is out of range.</exception>
    public PolicyParameters With(Action<PolicyParametersBuilder> change)
    {
        Preconditions.CheckNotNull(change, nameof(change));
        var builder = ToBuilder();
        change(builder);
        return builder.Build();
    }

    /// <summary>
    /// The whole set as JSON, every parameter present, in the order of <see cref="Descriptors"/>, with
    /// invariant number formats. Loading the output over any baseline gives this set back.
    /// </summary>
    /// <param name="indented">Whether to indent for people reading the file.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = false) =>
        indented ? Encoding.UTF8.GetString(WriteJson(indented: true)) : Encoding.UTF8.GetString(CanonicalUtf8.Span);

    /// <summary>The lower-case hexadecimal SHA-256 of UTF-8 bytes.</summary>
    internal static string Sha256Hex(ReadOnlySpan<byte> utf8) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(utf8)).ToLowerInvariant();

    private byte[] WriteJson(bool indented)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ParameterCatalogue.Write(writer, this);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private sealed class CanonicalForm
    {
        internal CanonicalForm(PolicyParameters parameters)
        {
            Utf8 = parameters.WriteJson(indented: false);
            Sha256 = Sha256Hex(Utf8);
        }

        internal byte[] Utf8 { get; }

        internal string Sha256 { get; }
    }

    private static T Require<T>(T? section, string path, ParameterErrors errors)
        where T : class
    {
        if (section is null)
        {
            errors.Add(path, "must not be null");
        }

        return section!;
    }
}
