using Suite.Contracts.LegalAid.V1;

namespace Suite.Web.Components.Shared;

/// <summary>The class that colours a risk colour's word (app.css), the same on every page.</summary>
public static class RiskColourCss
{
    public static string Of(RiskColour colour) => colour switch
    {
        RiskColour.Red => "colour-red",
        RiskColour.Yellow => "colour-yellow",
        _ => "colour-green",
    };
}
