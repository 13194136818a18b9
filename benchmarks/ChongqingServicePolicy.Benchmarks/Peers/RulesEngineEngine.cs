using System.Text.Json;
using System.Text.Json.Serialization;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using RulesEngine.Models;

namespace ChongqingServicePolicy.Benchmarks.Peers;

/// <summary>
/// Microsoft RulesEngine running the JSON workflows Peers/measure-1.rulesengine.json and measure-2.rulesengine.json:
/// an And rule over the conditions, whose OutputExpression action computes the award from the same parameter set.
/// </summary>
public sealed class RulesEngineEngine : IAwardEngine
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly RuleParameter _general;
    private readonly RuleParameter _measure1;
    private readonly RuleParameter _measure2;

    /// <summary>Loads both workflows and compiles them (construction is not timed).</summary>
    public RulesEngineEngine()
    {
        var parameters = PolicyParameters.Default;
        _general = new RuleParameter("g", parameters.General);
        _measure1 = new RuleParameter("p", parameters.Measure1);
        _measure2 = new RuleParameter("p", parameters.Measure2);
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };
        var workflows = new[] { Load("measure-1.rulesengine.json", options), Load("measure-2.rulesengine.json", options) };
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings { CustomTypes = [typeof(PlatformField)] });
    }

    /// <inheritdoc/>
    public string Name => "RulesEngine";

    /// <inheritdoc/>
    public decimal Measure1(ApplicationRecord record) => Run("measure-1", record, _measure1);

    /// <inheritdoc/>
    public decimal Measure2(ApplicationRecord record) => Run("measure-2", record, _measure2);

    private decimal Run(string workflow, ApplicationRecord record, RuleParameter measure)
    {
        var results = _engine.ExecuteAllRulesAsync(workflow, new RuleParameter("r", record), measure, _general).AsTask().GetAwaiter().GetResult();
        var result = results[0];
        if (result.ActionResult?.Exception is { } exception)
        {
            throw new InvalidOperationException($"RulesEngine failed on {record.ApplicationId}: {exception.Message}", exception);
        }

        return result.IsSuccess ? (decimal)result.ActionResult!.Output : 0m;
    }

    private static Workflow Load(string name, JsonSerializerOptions options)
    {
        using var stream = typeof(RulesEngineEngine).Assembly.GetManifestResourceStream("Peers." + name)
            ?? throw new InvalidOperationException($"The workflow {name} is not embedded.");
        return JsonSerializer.Deserialize<Workflow>(stream, options) ?? throw new InvalidOperationException($"The workflow {name} is empty.");
    }
}
