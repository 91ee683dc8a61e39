using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Benchmarks;

/// <summary>
/// Deterministic synthetic survey rows: woman number <c>i</c> is the same on every run and every machine.
/// Her resident ID is built from her number (county code, a birth date in 1960-2005, an even sequence digit,
/// the GB 11643 check character), so IDs are valid, female and unique without remembering any. The first
/// <c>countySize</c> women live in the sample county 林口县, the rest in the other two sample counties; within a
/// county, villages get uneven weights, as real villages differ in size.
/// </summary>
public sealed class WomenGenerator
{
    public const int Seed = 20261122;
    private const int BirthDays = 16_801; // 1960-01-01 .. 2005-12-31
    private static readonly DateOnly FirstBirthDate = new(1960, 1, 1);
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"];
    private static readonly string[] GivenNames = ["秀英", "桂英", "秀兰", "玉兰", "桂兰", "秀珍", "凤英", "玉珍", "玉梅", "丽", "静", "敏", "艳", "娟", "霞", "燕", "红梅", "春华", "淑珍", "𠈌芳"];
    // Where a husband works, by 省内 / 省外 / 境外: a form must not contradict itself, whatever the county's province.
    // 省内 names no province; 省外 is the first place, from a random start, in another province than hers.
    private static readonly string[] InProvince = ["县城建筑工地", "市区物流园", "本省工业园"];
    private static readonly (string Place, string Province)[] OutOfProvince = [("浙江省宁波市", "33"), ("广东省东莞市", "44"), ("江苏省苏州市", "32"), ("北京市", "11")];
    private static readonly string[] Abroad = ["韩国首尔", "日本东京"];
    private static readonly string[] SkillNames = ["种植", "养殖", "家政", "刺绣", "电商", "餐饮"];

    private readonly int _countySize;
    private readonly IReadOnlyList<County> _counties;

    public WomenGenerator(string areasCsv, int countySize)
    {
        _countySize = countySize;
        var rows = File.ReadAllLines(areasCsv).Skip(1).Select(l => l.Split(',')).Where(c => c.Length >= 4).ToList();
        var weights = new Random(Seed);
        _counties = rows.Where(c => c[2] == "county").Select(county => new County(county[0], rows
            .Where(c => c[2] == "village" && c[0].StartsWith(county[0], StringComparison.Ordinal))
            .Select(c => (Code: c[0], Weight: 0.3 + weights.NextDouble() * 1.7)).ToArray())).ToList();
    }

    /// <summary>The county every one of the first countySize women lives in.</summary>
    public string ImportCounty => _counties[0].Code;

    /// <summary>The other counties, which hold everyone after the first countySize women.</summary>
    public IReadOnlyList<string> OtherCounties => _counties.Skip(1).Select(c => c.Code).ToList();

    public IEnumerable<Woman> Range(int first, int count) => Enumerable.Range(first, count).Select(Woman);

    public DateOnly BirthDateOf(int index) => FirstBirthDate.AddDays(Local(index) % BirthDays);

    public Woman Woman(int index)
    {
        var random = new Random(HashCode.Combine(Seed, index));
        var county = CountyOf(index);
        var local = Local(index);
        var birth = BirthDateOf(index);
        var sequence = local / BirthDays * 2; // the 17th digit (last of the sequence) even: female
        var first17 = $"{county.Code}{birth:yyyyMMdd}{sequence:D3}";
        var woman = new Woman
        {
            Name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)],
            ResidentIdNumber = first17 + CheckCharacter(first17),
            Ethnicity = random.Next(10) == 0 ? "朝鲜族" : "汉族",
            Phone = random.Next(8) == 0 ? "" : $"1{random.Next(3, 10)}{random.Next(100_000_000, 1_000_000_000)}",
            VillageCode = county.Pick(random),
            Address = $"{random.Next(1, 12)}组{random.Next(1, 80)}号",
            Education = (Education)random.Next(1, 6),
            EconomicStatus = Pick(random, (EconomicStatus.Ordinary, 70), (EconomicStatus.LowIncome, 10), (EconomicStatus.MinimumAllowance, 8),
                (EconomicStatus.ExtremePoverty, 2), (EconomicStatus.PovertyAlleviated, 6), (EconomicStatus.Monitored, 4)),
            ContractedLandMu = Math.Round(random.NextDouble() * 15, 1),
            EmploymentStatus = (EmploymentStatus)random.Next(1, 6),
            ConsentToShare = random.Next(10) != 0,
            ConsentToShareHealth = random.Next(2) == 0,
            CollectedBy = "李春华",
            CollectedOn = new Date { Year = 2026, Month = 10, Day = 1 + random.Next(28) },
        };
        woman.Health = Pick(random, (HealthStatus.Healthy, 80), (HealthStatus.ChronicIllness, 12), (HealthStatus.SeriousIllness, 5), (HealthStatus.Disabled, 3));
        if (woman.Health == HealthStatus.Disabled)
        {
            woman.DisabilityCategory = (DisabilityCategory)random.Next(1, 7);
            woman.DisabilityGrade = random.Next(1, 5);
        }
        // Every woman on the ledger has a husband away; about 5% left less than six months ago (not yet left-behind).
        var departure = new DateOnly(2018, 1, 1).AddDays(random.Next(20) == 0 ? random.Next(3_100, 3_200) : random.Next(3_000));
        var place = random.Next(1, 4);
        woman.Husband = new Husband
        {
            Name = Surnames[random.Next(Surnames.Length)] + "建国",
            WorkPlace = (HusbandWorkPlace)place,
            WorkLocation = place switch
            {
                1 => InProvince[random.Next(InProvince.Length)],
                2 => Enumerable.Range(random.Next(OutOfProvince.Length), OutOfProvince.Length).Select(i => OutOfProvince[i % OutOfProvince.Length])
                    .First(p => !county.Code.StartsWith(p.Province, StringComparison.Ordinal)).Place,
                _ => Abroad[random.Next(Abroad.Length)],
            },
            DepartureDate = new Date { Year = departure.Year, Month = departure.Month, Day = departure.Day },
            ContactFrequency = (ContactFrequency)random.Next(1, 5),
        };
        for (var child = random.Next(0, 3); child > 0; child--)
        {
            var born = new DateOnly(2011, 1, 1).AddDays(random.Next(5_000));
            woman.HouseholdMembers.Add(new HouseholdMember
            {
                Relation = HouseholdRelation.Child,
                Name = "李小" + GivenNames[random.Next(GivenNames.Length)][..1],
                BirthDate = new Date { Year = born.Year, Month = born.Month, Day = born.Day },
                Schooling = (Schooling)random.Next(1, 5),
            });
        }
        woman.Skills.AddRange(SkillNames.Where(_ => random.Next(6) == 0));
        woman.Needs.AddRange(Enum.GetValues<Need>().Where(n => n != Need.Unspecified && random.Next(5) == 0));
        return woman;
    }

    private County CountyOf(int index) =>
        index < _countySize ? _counties[0] : _counties[1 + (index - _countySize) % (_counties.Count - 1)];

    /// <summary>Her number among the women of her county.</summary>
    private int Local(int index) => index < _countySize ? index : (index - _countySize) / (_counties.Count - 1);

    private static T Pick<T>(Random random, params (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }
        return choices[^1].Value;
    }

    /// <summary>GB 11643 (ISO 7064 MOD 11-2) check character.</summary>
    private static char CheckCharacter(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }
        return "10X98765432"[sum % 11];
    }

    private sealed record County(string Code, (string Code, double Weight)[] Villages)
    {
        private readonly double _total = Villages.Sum(v => v.Weight);

        public string Pick(Random random)
        {
            var roll = random.NextDouble() * _total;
            foreach (var (code, weight) in Villages)
            {
                if ((roll -= weight) < 0)
                {
                    return code;
                }
            }
            return Villages[^1].Code;
        }
    }
}
