using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChongqingServicePolicy.Audit.Json;

/// <summary>
/// The compile-time serialization metadata of decision records (System.Text.Json source generation; nothing is
/// found by reflection). Unknown members are refused, numbers must be JSON numbers, and null members are not written.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(RecordJson))]
[JsonSerializable(typeof(InputJson))]
[JsonSerializable(typeof(TraceStepJson))]
[JsonSerializable(typeof(ProblemJson))]
[JsonSerializable(typeof(NonDuplicationJson))]
[JsonSerializable(typeof(ComparedJson))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;
