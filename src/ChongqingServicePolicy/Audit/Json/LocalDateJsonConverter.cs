using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Utility;

namespace ChongqingServicePolicy.Audit.Json;

/// <summary>
/// NodaTime's ISO <see cref="LocalDate"/> converter (<c>yyyy-MM-dd</c>), reporting a date that does not exist as
/// a <see cref="JsonException"/> so that the serializer names its path.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    // NodaTime's own ISO converter, made directly: NodaConverters' static set also holds converters that look
    // others up by reflection, which trimming and native AOT cannot keep.
    private static readonly JsonConverter<LocalDate> Inner = new NodaPatternConverter<LocalDate>(LocalDatePattern.Iso);

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date must be a string yyyy-MM-dd.");
        }

        try
        {
            return Inner.Read(ref reader, typeToConvert, options);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidNodaDataException)
        {
            // The token is a string, so whatever NodaTime refuses is text that names no date.
            throw new InvalidDateException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);

    /// <summary>A date string that names no date; the serializer adds its path.</summary>
    internal sealed class InvalidDateException(string message, Exception inner) : JsonException(message, inner);
}
