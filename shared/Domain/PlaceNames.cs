namespace Suite.Domain;

/// <summary>
/// Where a written place name lies, as far as the text tells: the province (the first two digits of the statistical
/// area codes) named by a province or a city migrant workers often write without its province, or a place abroad
/// (港澳台 count as 境外, as the forms do). Unknown names tell nothing: a form is refused only on a clear contradiction.
/// </summary>
public static class PlaceNames
{
    private static readonly (string Name, string Province)[] Places =
    [
        ("北京", "11"), ("天津", "12"), ("河北", "13"), ("山西", "14"), ("内蒙古", "15"), ("辽宁", "21"), ("吉林", "22"), ("黑龙江", "23"),
        ("上海", "31"), ("江苏", "32"), ("浙江", "33"), ("安徽", "34"), ("福建", "35"), ("江西", "36"), ("山东", "37"), ("河南", "41"),
        ("湖北", "42"), ("湖南", "43"), ("广东", "44"), ("广西", "45"), ("海南", "46"), ("重庆", "50"), ("四川", "51"), ("贵州", "52"),
        ("云南", "53"), ("西藏", "54"), ("陕西", "61"), ("甘肃", "62"), ("青海", "63"), ("宁夏", "64"), ("新疆", "65"),
        ("哈尔滨", "23"), ("牡丹江", "23"), ("大庆", "23"), ("齐齐哈尔", "23"), ("佳木斯", "23"), ("鸡西", "23"), ("绥芬河", "23"), ("林口", "23"),
        ("长春", "22"), ("沈阳", "21"), ("大连", "21"), ("石家庄", "13"), ("东莞", "44"), ("深圳", "44"), ("广州", "44"), ("佛山", "44"),
        ("苏州", "32"), ("南京", "32"), ("无锡", "32"), ("宁波", "33"), ("杭州", "33"), ("义乌", "33"), ("温州", "33"), ("厦门", "35"),
        ("福州", "35"), ("青岛", "37"), ("济南", "37"), ("郑州", "41"), ("武汉", "42"), ("长沙", "43"), ("成都", "51"), ("西安", "61"),
    ];

    private static readonly string[] Abroad =
    [
        "香港", "澳门", "台湾", "境外", "国外", "韩国", "朝鲜", "日本", "俄罗斯", "蒙古", "新加坡", "马来西亚", "泰国", "越南", "老挝", "柬埔寨",
        "缅甸", "阿联酋", "迪拜", "沙特", "以色列", "澳大利亚", "新西兰", "美国", "加拿大", "英国", "法国", "德国", "意大利", "西班牙", "安哥拉", "尼日利亚",
    ];

    /// <summary>True when the text names a place abroad.</summary>
    public static bool IsAbroad(string place) => Abroad.Any(place.Contains);

    /// <summary>The 2-digit province code of the first Chinese province or city the text names; null when it names none.</summary>
    public static string? ProvinceOf(string place) =>
        IsAbroad(place) ? null : Places.Where(p => place.Contains(p.Name, StringComparison.Ordinal)).OrderBy(p => place.IndexOf(p.Name, StringComparison.Ordinal)).Select(p => p.Province).FirstOrDefault();
}
