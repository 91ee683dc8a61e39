using Suite.Contracts.Registry.V1;

namespace Suite.Registry.Model;

/// <summary>A county, township or village keyed by its statistical division code.</summary>
public sealed class Area
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public AreaLevel Level { get; set; }
    public string ParentCode { get; set; } = "";
    public string UrbanRuralCode { get; set; } = "";

    /// <summary>Rural villages have an urban-rural classification code starting with 2 (210 village centre, 220 village).</summary>
    public bool IsRural => Level == AreaLevel.Village && UrbanRuralCode.StartsWith('2');
}
