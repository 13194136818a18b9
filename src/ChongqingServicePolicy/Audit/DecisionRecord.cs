using System.Buffers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using ChongqingServicePolicy.Audit.Json;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;
using ChongqingServicePolicy.Parameters;
using NodaTime;

namespace ChongqingServicePolicy.Audit;

/// <summary>
/// A decision stored with everything needed to make it again: the input as given, the full parameter set and
/// its SHA-256 fingerprint, the day it was decided as of, and the decision itself with its trace, problems,
/// 就高不重复 context and Chinese explanation. <see cref="PolicyEngine.Replay(DecisionRecord)"/> re-decides it and
/// names every field that no longer matches. Immutable.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ToJson"/> writes the canonical form: one line of UTF-8 JSON, members in a fixed order, numbers as
/// the invariant text of their <see cref="decimal"/> values (scale kept: <c>8000000.00</c> stays
/// <c>8000000.00</c>), codes instead of enumeration numbers, no insignificant white space and no
/// <see langword="null"/> members. Reading a canonical record and writing it again gives the same bytes.
/// docs/AUDIT.md describes the format field by field.
/// </para>
/// </remarks>
public sealed class DecisionRecord
{
    /// <summary>The format version this library writes, and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    // The SDK writes the attribute into every build of the library.
    private static readonly string ThisLibraryVersion =
        typeof(DecisionRecord).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    private static readonly JsonWriterOptions WriterOptions = ParametersJsonConverter.WriterOptions;

    private DecisionRecord(
        int formatVersion, string libraryVersion, string policyId, LocalDate evaluationDate, ApplicationRecord input, string inputSha256,
        PolicyParameters parameters, ReadOnlyMemory<byte> parametersUtf8, string parametersSha256, Decision decision, string explanationZh)
    {
        InputSha256 = inputSha256;
        FormatVersion = formatVersion;
        LibraryVersion = libraryVersion;
        PolicyId = policyId;
        EvaluationDate = evaluationDate;
        Input = input;
        Parameters = parameters;
        ParametersUtf8 = parametersUtf8;
        ParametersSha256 = parametersSha256;
        Decision = decision;
        ExplanationZh = explanationZh;
    }

    /// <summary>The record's format version; <see cref="CurrentFormatVersion"/> for records this library makes.</summary>
    public int FormatVersion { get; }

    /// <summary>The informational version of the library that made the record. Replay does not compare it.</summary>
    public string LibraryVersion { get; }

    /// <summary>The policy's document number, <see cref="PolicyEngine.PolicyId"/> when made.</summary>
    public string PolicyId { get; }

    /// <summary>The "today" the decision was made as of: it stands in for a missing application date.</summary>
    public LocalDate EvaluationDate { get; }

    /// <summary>The complete input record, as given.</summary>
    public ApplicationRecord Input { get; }

    /// <summary>
    /// The recorded fingerprint of the facts decided on: lower-case hexadecimal SHA-256 of the canonical JSON
    /// <c>{"evaluation_date":…,"input":{…}}</c>, written as the record writes those two members. Replay reports a record
    /// whose input or evaluation date no longer matches it as <see cref="ReplayStatus.Tampered"/>, so an edit is
    /// found even where it would not change the decision (an applicant's name, the evaluation date of an
    /// application that gives its own date).
    /// </summary>
    public string InputSha256 { get; }

    /// <summary>
    /// The full parameter set the decision was made under, every value present. For a record read back, the set
    /// loaded from the recorded parameters (a parameter the record does not name takes this library's default).
    /// </summary>
    public PolicyParameters Parameters { get; }

    /// <summary>
    /// The recorded fingerprint: lower-case hexadecimal SHA-256 of the canonical JSON of <see cref="Parameters"/>
    /// (<see cref="PolicyParameters.Fingerprint"/> when made). Replay reports a record whose parameters no longer
    /// match it as <see cref="ReplayStatus.Tampered"/>.
    /// </summary>
    public string ParametersSha256 { get; }

    /// <summary>The decision: outcome, award, payable, reasons, trace, problems and 就高不重复 context.</summary>
    public Decision Decision { get; }

    /// <summary>The decision's Chinese explanation as rendered when the record was made, lines separated by <c>\n</c>.</summary>
    public string ExplanationZh { get; }

    /// <summary>The input's application id.</summary>
    public string ApplicationId => Input.ApplicationId;

    /// <summary>The recorded parameters, as the UTF-8 JSON written in the record.</summary>
    internal ReadOnlyMemory<byte> ParametersUtf8 { get; }

    /// <summary>Whether the recorded parameters match the recorded fingerprint.</summary>
    internal bool ParametersMatchFingerprint =>
        ParametersUtf8.Equals(Parameters.CanonicalUtf8)
            ? string.Equals(Parameters.Fingerprint, ParametersSha256, StringComparison.Ordinal) // the set's own bytes: its cached hash
            : string.Equals(PolicyParameters.Sha256Hex(ParametersUtf8.Span), ParametersSha256, StringComparison.Ordinal);

    /// <summary>Whether the recorded input and evaluation date match <see cref="InputSha256"/>.</summary>
    internal bool InputMatchesFingerprint => string.Equals(InputFingerprint(EvaluationDate, Input), InputSha256, StringComparison.Ordinal);

    /// <summary>Records a decision.</summary>
    /// <param name="input">The application decided, exactly as given to the engine.</param>
    /// <param name="decision">The engine's decision on it (alone, or within a batch).</param>
    /// <param name="evaluationDate">The "today" it was decided as of.</param>
    /// <param name="parameters">The parameter set of the engine that decided it.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">The decision is for another application id than the input.</exception>
    public static DecisionRecord Create(ApplicationRecord input, Decision decision, LocalDate evaluationDate, PolicyParameters parameters)
    {
        Preconditions.CheckNotNull(input, nameof(input));
        Preconditions.CheckNotNull(decision, nameof(decision));
        Preconditions.CheckNotNull(parameters, nameof(parameters));
        Preconditions.CheckArgument(input.ApplicationId is not null, nameof(input), "The input has no application id.");
        Preconditions.CheckArgument(
            string.Equals(input.ApplicationId, decision.ApplicationId, StringComparison.Ordinal),
            nameof(decision),
            $"The decision is for application '{decision.ApplicationId}', not '{input.ApplicationId}'.");
        Preconditions.CheckArgument(
            decision.NonDuplication is not { } nd || nd.Compared.Length == nd.ComparedApplicationIds.Length,
            nameof(decision),
            "The decision's 就高不重复 context does not list the compared records (NonDuplication.Compared).");
        return new DecisionRecord(
            CurrentFormatVersion, ThisLibraryVersion, PolicyEngine.PolicyId, evaluationDate, input, InputFingerprint(evaluationDate, input),
            parameters, parameters.CanonicalUtf8, parameters.Fingerprint, decision, Explain(decision));
    }

    /// <summary>Reads a record from its JSON text (one line of a <c>.jsonl</c> file).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record.</returns>
    /// <exception cref="DecisionRecordException">The text is not a record this library reads; <see cref="DecisionRecordException.Error"/> says why.</exception>
    public static DecisionRecord Parse(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a record from UTF-8 JSON (a byte order mark is allowed).</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The record.</returns>
    /// <exception cref="DecisionRecordException">The bytes are not a record this library reads; <see cref="DecisionRecordException.Error"/> says why.</exception>
    public static DecisionRecord Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        var parametersRange = Scan(utf8Json);
        RecordJson json;
        try
        {
            // Never null: Scan has refused every text that is not an object, JSON's null among them.
            json = JsonSerializer.Deserialize(utf8Json, AuditJsonContext.Default.RecordJson)!;
        }
        catch (JsonException ex)
        {
            var error = ex is LocalDateJsonConverter.InvalidDateException ? DecisionRecordError.InvalidValue : DecisionRecordError.Malformed;
            throw new DecisionRecordException(error, TrimPath(ex.Path), FirstSentence(ex, utf8Json), ex);
        }

        var version = RecordMapper.Required(json.FormatVersion, "format_version");
        var libraryVersion = RecordMapper.Required(json.LibraryVersion, "library_version");
        var policyId = RecordMapper.Required(json.PolicyId, "policy_id");
        var evaluationDate = RecordMapper.Required(json.EvaluationDate, "evaluation_date");
        var input = RecordMapper.ReadInput(json.Input, "input");
        var inputSha = Sha256Member(json.InputSha256, "input_sha256");
        RecordMapper.Required(json.Parameters, "parameters");

        // The full read found the member in text it read whole, so the scan, which walks the same text, found it too.
        var (parameters, parametersUtf8) = LoadParameters(utf8Json[parametersRange!.Value]);
        var sha = Sha256Member(json.ParametersSha256, "parameters_sha256");

        var decision = RecordMapper.ReadDecision(json.Decision, "decision", MeasureCatalogue.Default);
        var explanation = RecordMapper.Required(json.ExplanationZh, "explanation_zh");
        return new DecisionRecord(version, libraryVersion, policyId, evaluationDate, input, inputSha, parameters, parametersUtf8, sha, decision, explanation);
    }

    /// <summary>The record as canonical JSON: one line, members in a fixed order, no insignificant white space.</summary>
    /// <returns>The JSON text, without a line break at the end.</returns>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        WriteTo(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the canonical JSON as UTF-8: the same bytes as <see cref="ToJson"/>, with no line break at the end.</summary>
    /// <param name="utf8">Where to write.</param>
    public void WriteTo(IBufferWriter<byte> utf8)
    {
        Preconditions.CheckNotNull(utf8, nameof(utf8));
        var json = new RecordJson
        {
            FormatVersion = FormatVersion,
            LibraryVersion = LibraryVersion,
            PolicyId = PolicyId,
            EvaluationDate = EvaluationDate,
            Input = RecordMapper.ToJson(Input),
            InputSha256 = InputSha256,
            Parameters = new ParametersJson(ParametersUtf8),
            ParametersSha256 = ParametersSha256,
            Decision = RecordMapper.ToJson(Decision),
            ExplanationZh = ExplanationZh,
        };
        using var writer = new Utf8JsonWriter(utf8, WriterOptions);
        JsonSerializer.Serialize(writer, json, AuditJsonContext.Default.RecordJson);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ApplicationId} as of {EvaluationDate:uuuu-MM-dd}: {Decision}";

    /// <summary>The explanation a record keeps: Chinese, lines separated by <c>\n</c> whatever the platform.</summary>
    internal static string Explain(Decision decision) => DecisionText.Explain(decision, Language.Chinese, "\n");

    /// <summary>The fingerprint of the facts decided on: SHA-256 of <c>{"evaluation_date":…,"input":{…}}</c> in canonical form.</summary>
    internal static string InputFingerprint(LocalDate evaluationDate, ApplicationRecord input)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("evaluation_date"u8);
            JsonSerializer.Serialize(writer, evaluationDate, AuditJsonContext.Default.LocalDate);
            writer.WritePropertyName("input"u8);
            JsonSerializer.Serialize(writer, RecordMapper.ToJson(input), AuditJsonContext.Default.InputJson);
            writer.WriteEndObject();
        }

        return PolicyParameters.Sha256Hex(buffer.WrittenSpan);
    }

    private static string Sha256Member(string? value, string path)
    {
        var sha = RecordMapper.Required(value, path);
        return sha.Length == 64 && sha.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')
            ? sha
            : throw RecordMapper.Invalid(path, "must be 64 lower-case hexadecimal digits");
    }

    private static (PolicyParameters Parameters, ReadOnlyMemory<byte> Utf8) LoadParameters(ReadOnlySpan<byte> recorded)
    {
        var defaults = PolicyParameters.Default;
        // Stryker disable once Block : a shortcut; the canonical bytes minify to themselves, which the test after the minifying takes
        if (recorded.SequenceEqual(defaults.CanonicalUtf8.Span))
        {
            // Most records carry the defaults: share them rather than load a copy per record.
            return (defaults, defaults.CanonicalUtf8);
        }

        var utf8 = ParametersJsonConverter.Minify(recorded);
        if (utf8.AsSpan().SequenceEqual(defaults.CanonicalUtf8.Span))
        {
            return (defaults, defaults.CanonicalUtf8);
        }

        try
        {
            return (PolicyParameters.FromJson(utf8), utf8);
        }
        catch (PolicyParameterException ex)
        {
            // A refused set names at least one error; "(file)" is the set as a whole (one nested too deeply to read).
            var first = ex.Errors[0].Path;
            throw new DecisionRecordException(DecisionRecordError.InvalidValue, first == "(file)" ? "parameters" : "parameters." + first, ex.Message, ex);
        }
    }

    /// <summary>
    /// Walks the record's top-level members once: refuses a record of a newer format before reading members whose
    /// shape that format may have changed, and finds where the parameters' text lies. A fault in the JSON itself
    /// is left to the full read, which names its path.
    /// </summary>
    /// <returns>The byte range of the last <c>parameters</c> member's value, if it was found.</returns>
    private static Range? Scan(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        Range? parameters = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new DecisionRecordException(DecisionRecordError.Malformed, "$", $"a decision record must be a JSON object, got {Describe(reader.TokenType)}");
            }

            // Stryker disable once Logical : on the closing brace, the only other token, reading it as a name throws, which ends the walk as leaving the loop does
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("format_version"u8))
                {
                    reader.Read();
                    CheckVersion(ref reader);
                }
                else if (reader.ValueTextEquals("parameters"u8))
                {
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    parameters = start..(int)reader.BytesConsumed;
                }
                else
                {
                    reader.Skip(); // on a member's name, passes over its value
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // The full read reports the fault with its path.
        }

        return parameters;
    }

    private static void CheckVersion(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var version) || !decimal.IsInteger(version))
        {
            throw new DecisionRecordException(DecisionRecordError.Malformed, "format_version", "must be a whole number");
        }

        if (version > CurrentFormatVersion)
        {
            throw new DecisionRecordException(
                DecisionRecordError.UnsupportedVersion,
                "format_version",
                $"record format version {version} is newer than this library reads ({CurrentFormatVersion}); upgrade ChongqingServicePolicy");
        }

        if (version < 1)
        {
            throw RecordMapper.Invalid("format_version", $"must be 1 or more, got {version}");
        }
    }

    /// <summary>The kind of a value by its first token (the reader throws on text that begins no value).</summary>
    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.Null => "null",
        _ => "a boolean",
    };

    private static string? TrimPath(string? path) => path switch
    {
        null => null,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ => path,
    };

    /// <summary>What the serializer found wrong, in words that do not name the library's internal types.</summary>
    /// <param name="ex">The serializer's exception.</param>
    /// <param name="utf8Json">The text it read.</param>
    private static string FirstSentence(JsonException ex, ReadOnlySpan<byte> utf8Json)
    {
        var message = ex.Message;
        // The serializer gives every JsonException it passes on the line and byte where it stopped: its own, the
        // reader's and the converters' (which set no path of their own, so the serializer adds all three).
        var where = $" (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})";
        if (ex is LocalDateJsonConverter.InvalidDateException)
        {
            return "is not a date that exists, written yyyy-MM-dd" + where;
        }

        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return $"is a member this record format does not have ('{LastMemberName(utf8Json, ex.LineNumber.GetValueOrDefault(), ex.BytePositionInLine.GetValueOrDefault())}')" + where;
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return "has a value of the wrong JSON type" + where;
        }

        // The serializer appends "Path: … | LineNumber: … | BytePositionInLine: …"; the path is reported apart.
        return message.Split(" Path: ")[0] + where;
    }

    /// <summary>
    /// The name of the last member the text names up to a line and byte: the serializer refuses a member it cannot
    /// map right after reading its name (and the colon after it), which is where its exception points. The name is
    /// read as written, unescaped, whatever characters it holds; the path and the exception's message quote it
    /// without escaping, so a name holding <c>'</c> or <c>]</c> could not be told from them exactly.
    /// </summary>
    private static string? LastMemberName(ReadOnlySpan<byte> utf8Json, long line, long byteInLine)
    {
        // The reader counts lines by line feeds and bytes from the last one.
        var start = 0;
        for (var n = 0L; n < line; n++)
        {
            start += utf8Json[start..].IndexOf((byte)'\n') + 1;
        }

        // The text up to there is valid JSON, unfinished: a reader that expects more returns every token of it.
        var reader = new Utf8JsonReader(utf8Json[..(start + (int)byteInLine)], isFinalBlock: false, default);
        string? name = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                name = reader.GetString();
            }
        }

        return name;
    }
}
