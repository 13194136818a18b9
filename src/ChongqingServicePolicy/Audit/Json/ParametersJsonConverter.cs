using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChongqingServicePolicy.Audit.Json;

/// <summary>
/// Writes a record's parameters as the bytes recorded, and reads them back as an object rewritten without
/// insignificant white space (member order and number text are kept as given).
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

        using var document = JsonDocument.ParseValue(ref reader);
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            document.RootElement.WriteTo(writer);
        }

        return new ParametersJson(buffer.WrittenSpan.ToArray());
    }

    public override void Write(Utf8JsonWriter writer, ParametersJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
}
