using System.Globalization;
using ChongqingServicePolicy.Districts;

namespace ChongqingServicePolicy.Tests.Districts;

/// <summary>
/// The default registry as MEASURES.md records it: code, Chinese and English names, first and last day in force and
/// successor of every county-level unit, sorted by code.
/// </summary>
public sealed class DistrictRegistryTableTests
{
    private const string Expected = """
        500101 | 万州区 | Wanzhou District | - | - | -
        500102 | 涪陵区 | Fuling District | - | - | -
        500103 | 渝中区 | Yuzhong District | - | - | -
        500104 | 大渡口区 | Dadukou District | - | - | -
        500105 | 江北区 | Jiangbei District | - | 2025-11-05 | 500157
        500106 | 沙坪坝区 | Shapingba District | - | - | -
        500107 | 九龙坡区 | Jiulongpo District | - | - | -
        500108 | 南岸区 | Nan'an District | - | - | -
        500109 | 北碚区 | Beibei District | - | - | -
        500110 | 綦江区 | Qijiang District | - | - | -
        500111 | 大足区 | Dazu District | - | - | -
        500112 | 渝北区 | Yubei District | - | 2025-11-05 | 500157
        500113 | 巴南区 | Banan District | - | - | -
        500114 | 黔江区 | Qianjiang District | - | - | -
        500115 | 长寿区 | Changshou District | - | - | -
        500116 | 江津区 | Jiangjin District | - | - | -
        500117 | 合川区 | Hechuan District | - | - | -
        500118 | 永川区 | Yongchuan District | - | - | -
        500119 | 南川区 | Nanchuan District | - | - | -
        500120 | 璧山区 | Bishan District | - | - | -
        500151 | 铜梁区 | Tongliang District | - | - | -
        500152 | 潼南区 | Tongnan District | - | - | -
        500153 | 荣昌区 | Rongchang District | - | - | -
        500154 | 开州区 | Kaizhou District | - | - | -
        500155 | 梁平区 | Liangping District | - | - | -
        500156 | 武隆区 | Wulong District | - | - | -
        500157 | 两江新区 | Liangjiang New Area District | 2025-11-06 | - | -
        500229 | 城口县 | Chengkou County | - | - | -
        500230 | 丰都县 | Fengdu County | - | - | -
        500231 | 垫江县 | Dianjiang County | - | - | -
        500233 | 忠县 | Zhong County | - | - | -
        500235 | 云阳县 | Yunyang County | - | - | -
        500236 | 奉节县 | Fengjie County | - | - | -
        500237 | 巫山县 | Wushan County | - | - | -
        500238 | 巫溪县 | Wuxi County | - | - | -
        500240 | 石柱土家族自治县 | Shizhu Tujia Autonomous County | - | - | -
        500241 | 秀山土家族苗族自治县 | Xiushan Tujia and Miao Autonomous County | - | - | -
        500242 | 酉阳土家族苗族自治县 | Youyang Tujia and Miao Autonomous County | - | - | -
        500243 | 彭水苗族土家族自治县 | Pengshui Miao and Tujia Autonomous County | - | - | -
        """;

    [Fact]
    public void Default_Units_ExactlyTheRecordedTable()
    {
        DistrictRegistry.Default.Units.Select(Row).Should().Equal(Expected.Split('\n'));
    }

    private static string Row(CountyUnit u) =>
        $"{u.Code} | {u.NameZh} | {u.NameEn} | {Date(u.ValidFrom)} | {Date(u.ValidTo)} | " +
        (u.SuccessorCode?.ToString(CultureInfo.InvariantCulture) ?? "-");

    private static string Date(NodaTime.LocalDate? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
