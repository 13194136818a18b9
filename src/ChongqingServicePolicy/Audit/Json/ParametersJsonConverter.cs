using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChongqingServicePolicy.Audit.Json;

/// <summary>
/// Writes a record's parameters as the bytes recorded. Reading only checks that the value is an object and skips
/// it: <see cref="DecisionRecord.Parse(ReadOnlySpan{byte})"/> takes the bytes from the text itself, so that a
/// record carrying the default parameters costs one comparison rather than a parse.
/// </summary>
internal sealed class ParametersJsonConverter : JsonConverter<ParametersJson>
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override ParametersJson? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The parameters must be a JSON object.");
        }

        reader.Skip();
        return new ParametersJson(ReadOnlyMemory<byte>.Empty);
    }

    // Stryker disable once Boolean : the bytes are a parameter set's canonical JSON or JSON already read, so validating them again finds nothing
    public override void Write(Utf8JsonWriter writer, ParametersJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);

    /// <summary>A JSON value rewritten without insignificant white space; member order and number text are kept.</summary>
    internal static byte[] Minify(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        var buffer = new ArrayBufferWriter<byte>(utf8Json.Length);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            document.RootElement.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
