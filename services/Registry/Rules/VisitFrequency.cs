using Suite.Contracts.Registry.V1;
using Suite.Domain;

namespace Suite.Registry.Rules;

/// <summary>
/// How often a woman is visited, by her priority (重点 women more often; Xianning 五 定期探访): days between visits from
/// <c>Registry:VisitEveryDays:{Priority|Attention|Routine}</c> (30, 60, 90), a county may set its own under
/// <c>Registry:VisitEveryDays:{county code}:{level}</c>.
/// </summary>
public sealed class VisitFrequency(IConfiguration configuration)
{
    public int DaysFor(string villageCode, PriorityLevel priority)
    {
        var level = priority switch { PriorityLevel.Priority => "Priority", PriorityLevel.Attention => "Attention", _ => "Routine" };
        var fallback = priority switch { PriorityLevel.Priority => 30, PriorityLevel.Attention => 60, _ => 90 };
        var county = villageCode.Length >= AreaCode.CountyLength ? villageCode[..AreaCode.CountyLength] : "";
        var days = configuration.GetValue<int?>($"Registry:VisitEveryDays:{county}:{level}") ?? configuration.GetValue($"Registry:VisitEveryDays:{level}", fallback);
        return Math.Clamp(days, 1, 365);
    }
}
