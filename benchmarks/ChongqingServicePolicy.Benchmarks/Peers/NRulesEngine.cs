using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace ChongqingServicePolicy.Benchmarks.Peers;

/// <summary>
/// NRules with the fluent rules below. One session is kept (construction and compilation are not timed); each
/// decision inserts a fact, fires, reads the award and retracts the fact.
/// </summary>
public sealed class NRulesEngine : IAwardEngine
{
    private readonly ISession _session;
    private readonly PolicyParameters _parameters = PolicyParameters.Default;

    /// <summary>Compiles the rules and opens a session.</summary>
    public NRulesEngine()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NRulesMeasure1Rule), typeof(NRulesMeasure2Rule)));
        _session = repository.Compile().CreateSession();
    }

    /// <inheritdoc/>
    public string Name => "NRules";

    /// <inheritdoc/>
    public decimal Measure1(ApplicationRecord record) =>
        Fire(new MeasureCase(record, _parameters.General, _parameters.Measure1, null));

    /// <inheritdoc/>
    public decimal Measure2(ApplicationRecord record) =>
        Fire(new MeasureCase(record, _parameters.General, null, _parameters.Measure2));

    private decimal Fire(MeasureCase fact)
    {
        _session.Insert(fact);
        _session.Fire();
        _session.Retract(fact);
        return fact.AwardYuan;
    }
}
