using System.Collections.Immutable;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Catalogue;

/// <summary>A host's own catalogue: refused with a message naming the fault, or built in clause order.</summary>
public sealed class MeasureCatalogueConstructionTests
{
    private static readonly ImmutableArray<MeasureInfo> Entries = MeasureCatalogue.Default.All;

    [Fact]
    public void New_EntriesInReverseOrder_ListedInClauseOrder()
    {
        var catalogue = new MeasureCatalogue(Entries.Reverse());

        catalogue.All.Select(i => i.Id).Should().Equal(MeasureIds.All);
        catalogue.Get(MeasureId.Measure7c).Should().BeSameAs(Entries[8]);
        catalogue.Get(MeasureId.Measure16).Should().BeSameAs(Entries[^1]);
    }

    [Fact]
    public void New_NullEntries_ThrowsNamingEntries()
    {
        var act = () => new MeasureCatalogue(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("entries");
    }

    public static TheoryData<MeasureInfo?[], string> RefusedCatalogues => new()
    {
        { [.. Entries, null], "The catalogue contains a null entry." },
        { [.. Entries, Entries[0] with { Id = (MeasureId)20 }], "The catalogue contains an entry for the undefined measure value 20." },
        { [.. Entries, Entries[0] with { Id = 0 }], "The catalogue contains an entry for the undefined measure value 0." },
        { [.. Entries, Entries[8]], "The catalogue contains more than one entry for measure 7c." },
        { [.. Entries.Skip(1), Entries[0] with { Channels = default }], "The entry for measure 1 has an uninitialised channel array." },
        { [.. Entries.Skip(1), Entries[0] with { Channels = [Entries[0].Channels[0], null!] }], "The entry for measure 1 contains a null channel." },
        {
            [.. Entries.Where(e => e.Id != MeasureId.Measure3), Entries[2] with { Channels = [.. Entries[2].Channels, Entries[2].Channels[1] with { NameEn = "Again" }] }],
            "The entry for measure 3 repeats the channel code 'project_planning'."
        },
        { [.. Entries.Skip(1)], "The catalogue has no entry for measure(s) 1." },
        { [.. Entries.Where(e => e.Id is not (MeasureId.Measure7b or MeasureId.Measure16))], "The catalogue has no entry for measure(s) 7b, 16." },
        { [], "The catalogue has no entry for measure(s) 1, 2, 3, 4, 5, 6, 7a, 7b, 7c, 7d, 8, 9, 10, 11, 12, 13, 14, 15, 16." },
    };

    [Theory]
    [MemberData(nameof(RefusedCatalogues))]
    public void New_Refused_MessageNamesTheFault(MeasureInfo?[] entries, string message)
    {
        var act = () => new MeasureCatalogue(entries!);

        var ex = act.Should().Throw<ArgumentException>().Which;
        ex.Message.Should().Be(message + " (Parameter 'entries')");
        ex.ParamName.Should().Be("entries");
    }

    [Fact]
    public void New_EmptyChannelList_Accepted()
    {
        var catalogue = new MeasureCatalogue([.. Entries.Skip(1), Entries[0] with { Channels = [] }]);

        catalogue.Get(MeasureId.Measure1).Channels.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(255)]
    public void Get_UndefinedMeasure_ThrowsOutOfRange(int value)
    {
        var act = () => MeasureCatalogue.Default.Get((MeasureId)value);

        var ex = act.Should().Throw<ArgumentOutOfRangeException>().Which;
        ex.ParamName.Should().Be("id");
        ex.ActualValue.Should().Be((MeasureId)value);
        ex.Message.Should().StartWith("Unknown measure.");
    }

    [Fact]
    public void Get_EveryMeasure_ItsOwnEntry()
    {
        foreach (var id in MeasureIds.All)
        {
            MeasureCatalogue.Default.Get(id).Id.Should().Be(id);
            MeasureCatalogue.Default.Get(id).Code.Should().Be(id.ToCode());
        }
    }
}
