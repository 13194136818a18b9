using ChongqingServicePolicy.Districts;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Districts;

/// <summary>
/// Registries other than the default: refused lists with their messages, and lookups that find every unit and nothing
/// else whether the codes lie close together or far apart.
/// </summary>
public sealed class DistrictRegistryConstructionTests
{
    private static readonly LocalDate Day = new(2025, 3, 1);

    [Fact]
    public void New_NullUnits_ThrowsNamingUnits()
    {
        var act = () => new DistrictRegistry(null!);

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("units");
    }

    [Fact]
    public void New_CodeTwice_RefusedNamingTheCode()
    {
        var act = () => new DistrictRegistry([new(500101, "万州区", "Wanzhou"), new(500102, "涪陵区", "Fuling"), new(500101, "重复", "Again")]);

        var ex = act.Should().ThrowExactly<ArgumentException>().Which;
        ex.Message.Should().Be("District code 500101 appears twice. (Parameter 'units')");
        ex.ParamName.Should().Be("units");
    }

    [Fact]
    public void New_SuccessorNotListed_RefusedNamingBoth()
    {
        var act = () => new DistrictRegistry([new(500105, "江北区", "Jiangbei", ValidTo: new LocalDate(2025, 11, 5), SuccessorCode: 500157)]);

        var ex = act.Should().ThrowExactly<ArgumentException>().Which;
        ex.Message.Should().Be("District 500105 names successor 500157, which is not in the registry. (Parameter 'units')");
        ex.ParamName.Should().Be("units");
    }

    [Fact]
    public void New_NoUnits_KnowsNoCode()
    {
        var registry = new DistrictRegistry([]);

        registry.Units.Should().BeEmpty();
        registry.TryGet(0, out var unit).Should().BeFalse();
        unit.Should().BeNull();
        registry.TryGet(500103, out _).Should().BeFalse();
        registry.Check(500103, Day, null).Status.Should().Be(DistrictStatus.Unknown);
        registry.UnitsInForceOn(Day).Should().BeEmpty();
    }

    [Fact]
    public void TryGet_DefaultRegistry_EveryUnitAndNothingAroundThem()
    {
        var registry = DistrictRegistry.Default;

        foreach (var u in registry.Units)
        {
            registry.TryGet(u.Code, out var found).Should().BeTrue();
            found.Should().BeSameAs(u);
        }

        foreach (var code in new[] { 0, 500100, 500121, 500150, 500158, 500228, 500232, 500244, 500101 + 1024, -500101 })
        {
            registry.TryGet(code, out var found).Should().BeFalse(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            found.Should().BeNull();
        }
    }

    [Theory]
    [InlineData(new[] { 7 })]
    [InlineData(new[] { 10, 12 })]
    [InlineData(new[] { 1000, 2023 })]
    [InlineData(new[] { 1000, 2024 })]
    [InlineData(new[] { 1, 5000, 90000 })]
    [InlineData(new[] { -20, -3, 4 })]
    [InlineData(new[] { int.MinValue, 0, int.MaxValue })]
    public void TryGet_AnySpreadOfCodes_FindsExactlyTheListedOnes(int[] codes)
    {
        var units = codes.Reverse().Select(c => new CountyUnit(c, "区" + c, "District " + c)).ToList();

        var registry = new DistrictRegistry(units);

        registry.Units.Select(u => u.Code).Should().Equal(codes);
        foreach (var unit in units)
        {
            registry.TryGet(unit.Code, out var found).Should().BeTrue();
            found.Should().BeSameAs(unit);
            registry.Check(unit.Code, Day, null).Should().Be(new DistrictCheck(DistrictStatus.InForce, unit, null));
        }

        foreach (var missing in codes.SelectMany(c => new[] { (long)c - 1, (long)c + 1 }).Where(c => c is >= int.MinValue and <= int.MaxValue).Select(c => (int)c).Except(codes))
        {
            registry.TryGet(missing, out var found).Should().BeFalse(missing.ToString(System.Globalization.CultureInfo.InvariantCulture));
            found.Should().BeNull();
        }
    }

    [Fact]
    public void Validity_OpenEnds_TheWholeCalendarOnThatSide()
    {
        DistrictRegistry.Default.TryGet(500105, out var jiangbei).Should().BeTrue();
        DistrictRegistry.Default.TryGet(500157, out var liangjiang).Should().BeTrue();
        DistrictRegistry.Default.TryGet(500103, out var yuzhong).Should().BeTrue();

        (jiangbei!.Validity.Start, jiangbei.Validity.End).Should().Be((LocalDate.MinIsoValue, new LocalDate(2025, 11, 5)));
        (liangjiang!.Validity.Start, liangjiang.Validity.End).Should().Be((new LocalDate(2025, 11, 6), LocalDate.MaxIsoValue));
        (yuzhong!.Validity.Start, yuzhong.Validity.End).Should().Be((LocalDate.MinIsoValue, LocalDate.MaxIsoValue));
    }

    [Fact]
    public void Check_AbolishedWithSuccessor_NamesTheSuccessorWhetherTransitionalOrNot()
    {
        var registry = DistrictRegistry.Default;
        registry.TryGet(500157, out var liangjiang).Should().BeTrue();

        var transitional = registry.Check(500112, new LocalDate(2026, 1, 24), new LocalDate(2026, 1, 24));
        var abolished = registry.Check(500112, new LocalDate(2026, 1, 25), new LocalDate(2026, 1, 24));

        transitional.Status.Should().Be(DistrictStatus.Transitional);
        transitional.Successor.Should().BeSameAs(liangjiang);
        transitional.IsAccepted.Should().BeTrue();
        abolished.Status.Should().Be(DistrictStatus.Abolished);
        abolished.Successor.Should().BeSameAs(liangjiang);
        abolished.IsAccepted.Should().BeFalse();
    }

    [Fact]
    public void Check_AbolishedWithoutSuccessor_AbolishedEvenWithinATransition()
    {
        var gone = new CountyUnit(1, "旧区", "Old District", ValidTo: new LocalDate(2025, 1, 1));
        var registry = new DistrictRegistry([gone]);

        var check = registry.Check(1, new LocalDate(2025, 1, 2), new LocalDate(2026, 1, 1));

        check.Should().Be(new DistrictCheck(DistrictStatus.Abolished, gone, null));
    }
}
