using System.Text.Json;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Describes one parameter: where it lives in a parameter file, the clause it comes from, whether it is the
/// text's number or an interpretation, and its value in any set.
/// </summary>
public sealed class ParameterDescriptor
{
    internal ParameterDescriptor(
        MeasureId? measure,
        string name,
        PolicyClause clause,
        bool isInterpretation,
        string reference,
        string description,
        Action<PolicyParametersBuilder, JsonElement, string, ParameterErrors> apply,
        Action<Utf8JsonWriter, PolicyParameters> write)
    {
        Measure = measure;
        Name = name;
        Clause = clause;
        IsInterpretation = isInterpretation;
        Reference = reference;
        Description = description;
        Apply = apply;
        Write = write;
        Section = measure is { } m ? "measures." + m.ToCode() : "general";
    }

    /// <summary>The measure the parameter belongs to, or <see langword="null"/> for the <c>general</c> section.</summary>
    public MeasureId? Measure { get; }

    /// <summary>The section: <c>general</c> or <c>measures.N</c>.</summary>
    public string Section { get; }

    /// <summary>The snake_case name within the section, e.g. <c>cap_yuan</c>.</summary>
    public string Name { get; }

    /// <summary>The full path, e.g. <c>measures.1.cap_yuan</c>.</summary>
    public string Path => Section + "." + Name;

    /// <summary>The clause the value comes from.</summary>
    public PolicyClause Clause { get; }

    /// <summary>Whether the value is an interpretation (MEASURES.md) rather than a number the text fixes.</summary>
    public bool IsInterpretation { get; }

    /// <summary>The source: a quotation of the text, or the interpretation's id in MEASURES.md.</summary>
    public string Reference { get; }

    /// <summary>What the parameter means, in English.</summary>
    public string Description { get; }

    /// <summary>The default value as JSON text, e.g. <c>5000000</c> or <c>"2027-12-31"</c>.</summary>
    public string DefaultJson => ValueJson(PolicyParameters.Default);

    internal Action<PolicyParametersBuilder, JsonElement, string, ParameterErrors> Apply { get; }

    internal Action<Utf8JsonWriter, PolicyParameters> Write { get; }

    /// <summary>The parameter's value in a set, as JSON text.</summary>
    /// <param name="parameters">The set.</param>
    /// <returns>The JSON text of the value.</returns>
    public string ValueJson(PolicyParameters parameters)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, parameters);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
