using System.Collections.Immutable;
using ChongqingServicePolicy.Internal;
using NodaTime;

namespace ChongqingServicePolicy.Districts;

/// <summary>
/// The registry of Chongqing's county-level units with the dates each is in force. The set changed while the
/// policy is in force, so a code is valid only on dates when its unit existed.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> holds the 38 units in force when the policy was issued. On 2025-11-06 江北区 (500105)
/// and 渝北区 (500112) were abolished and 两江新区 (500157) created; from that day there are 37 units. The old
/// codes stay acceptable during a transition that a parameter bounds (by default to 2026-01-24, the day before
/// the new district government took office).
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class DistrictRegistry
{
    // Codes of one province lie close together, so units are found by the code's offset from the lowest one when the
    // codes span a short range (Chongqing's: 500101 to 500243), and by dictionary otherwise.
    private const int MaxDirectSpan = 1024;

    private readonly Dictionary<int, CountyUnit> _byCode;
    private readonly CountyUnit?[] _byOffset;
    private readonly int _lowestCode;

    /// <summary>Creates a registry from a list of units.</summary>
    /// <param name="units">The units; codes must be unique and successors must be in the list.</param>
    /// <exception cref="ArgumentException">A code repeats, or a successor is not in the list.</exception>
    public DistrictRegistry(IEnumerable<CountyUnit> units)
    {
        Preconditions.CheckNotNull(units, nameof(units));
        var list = units.ToImmutableArray();
        var byCode = new Dictionary<int, CountyUnit>(list.Length);
        foreach (var unit in list)
        {
            // Messages are formatted only on failure: formatting loads culture data, which a fresh process does not need.
            if (!byCode.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"District code {unit.Code} appears twice.", nameof(units));
            }
        }

        foreach (var unit in list)
        {
            if (unit.SuccessorCode is { } successor && !byCode.ContainsKey(successor))
            {
                throw new ArgumentException($"District {unit.Code} names successor {successor}, which is not in the registry.", nameof(units));
            }
        }

        Units = list.Sort((a, b) => a.Code.CompareTo(b.Code));
        _byCode = byCode;
        _lowestCode = Units.IsEmpty ? 0 : Units[0].Code;
        var span = Units.IsEmpty ? 0 : (long)Units[^1].Code - _lowestCode + 1;
        _byOffset = span is > 0 and <= MaxDirectSpan ? new CountyUnit?[span] : [];
        if (_byOffset.Length > 0)
        {
            foreach (var unit in Units)
            {
                _byOffset[unit.Code - _lowestCode] = unit;
            }
        }
    }

    /// <summary>The date 两江新区 (500157) was created and 江北区 and 渝北区 abolished: 2025-11-06.</summary>
    public static LocalDate LiangjiangReorganisationDate { get; } = new(2025, 11, 6);

    /// <summary>Chongqing's county-level units as MEASURES.md records them, with the 2025-11-06 change.</summary>
    public static DistrictRegistry Default { get; } = new(CreateDefaultUnits());

    /// <summary>Every unit the registry knows, by code.</summary>
    public ImmutableArray<CountyUnit> Units { get; }

    /// <summary>Finds a unit by code, whatever its dates.</summary>
    /// <param name="code">The GB/T 2260 code.</param>
    /// <param name="unit">The unit, when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public bool TryGet(int code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CountyUnit? unit)
    {
        if (_byOffset.Length == 0)
        {
            return _byCode.TryGetValue(code, out unit);
        }

        var offset = (uint)(code - _lowestCode);
        unit = offset < (uint)_byOffset.Length ? _byOffset[offset] : null;
        return unit is not null;
    }

    /// <summary>The units in force on a date, by code.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The units whose validity contains <paramref name="date"/>.</returns>
    public ImmutableArray<CountyUnit> UnitsInForceOn(LocalDate date) =>
        Units.Where(u => u.IsInForceOn(date)).ToImmutableArray();

    /// <summary>How a code stands on a date.</summary>
    /// <param name="code">The GB/T 2260 code.</param>
    /// <param name="date">The date of the application or statistics.</param>
    /// <param name="acceptLegacyUntil">
    /// The last day an abolished unit's code is still accepted, when its successor exists; <see langword="null"/>
    /// for no transition at all.
    /// </param>
    /// <returns>The code's status, with the unit and any successor.</returns>
    public DistrictCheck Check(int code, LocalDate date, LocalDate? acceptLegacyUntil)
    {
        if (!TryGet(code, out var unit))
        {
            return new DistrictCheck(DistrictStatus.Unknown, null, null);
        }

        if (unit.ValidFrom is { } from && date < from)
        {
            return new DistrictCheck(DistrictStatus.NotYetInForce, unit, null);
        }

        if (unit.ValidTo is not { } to || date <= to)
        {
            return new DistrictCheck(DistrictStatus.InForce, unit, null);
        }

        var successor = unit.SuccessorCode is { } s ? _byCode[s] : null;
        var transitional = successor is not null && acceptLegacyUntil is { } until && date <= until;
        return new DistrictCheck(transitional ? DistrictStatus.Transitional : DistrictStatus.Abolished, unit, successor);
    }

    private static IEnumerable<CountyUnit> CreateDefaultUnits()
    {
        var created = LiangjiangReorganisationDate;
        var lastDayBefore = new LocalDate(2025, 11, 5); // the day before LiangjiangReorganisationDate
        return
        [
            new(500101, "万州区", "Wanzhou District"),
            new(500102, "涪陵区", "Fuling District"),
            new(500103, "渝中区", "Yuzhong District"),
            new(500104, "大渡口区", "Dadukou District"),
            new(500105, "江北区", "Jiangbei District", ValidTo: lastDayBefore, SuccessorCode: 500157),
            new(500106, "沙坪坝区", "Shapingba District"),
            new(500107, "九龙坡区", "Jiulongpo District"),
            new(500108, "南岸区", "Nan'an District"),
            new(500109, "北碚区", "Beibei District"),
            new(500110, "綦江区", "Qijiang District"),
            new(500111, "大足区", "Dazu District"),
            new(500112, "渝北区", "Yubei District", ValidTo: lastDayBefore, SuccessorCode: 500157),
            new(500113, "巴南区", "Banan District"),
            new(500114, "黔江区", "Qianjiang District"),
            new(500115, "长寿区", "Changshou District"),
            new(500116, "江津区", "Jiangjin District"),
            new(500117, "合川区", "Hechuan District"),
            new(500118, "永川区", "Yongchuan District"),
            new(500119, "南川区", "Nanchuan District"),
            new(500120, "璧山区", "Bishan District"),
            new(500151, "铜梁区", "Tongliang District"),
            new(500152, "潼南区", "Tongnan District"),
            new(500153, "荣昌区", "Rongchang District"),
            new(500154, "开州区", "Kaizhou District"),
            new(500155, "梁平区", "Liangping District"),
            new(500156, "武隆区", "Wulong District"),
            new(500157, "两江新区", "Liangjiang New Area District", ValidFrom: created),
            new(500229, "城口县", "Chengkou County"),
            new(500230, "丰都县", "Fengdu County"),
            new(500231, "垫江县", "Dianjiang County"),
            new(500233, "忠县", "Zhong County"),
            new(500235, "云阳县", "Yunyang County"),
            new(500236, "奉节县", "Fengjie County"),
            new(500237, "巫山县", "Wushan County"),
            new(500238, "巫溪县", "Wuxi County"),
            new(500240, "石柱土家族自治县", "Shizhu Tujia Autonomous County"),
            new(500241, "秀山土家族苗族自治县", "Xiushan Tujia and Miao Autonomous County"),
            new(500242, "酉阳土家族苗族自治县", "Youyang Tujia and Miao Autonomous County"),
            new(500243, "彭水苗族土家族自治县", "Pengshui Miao and Tujia Autonomous County"),
        ];
    }
}
