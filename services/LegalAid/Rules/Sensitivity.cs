using Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.Rules;

/// <summary>
/// Domestic violence, protection orders and police referrals are sensitive (PIPL Art. 28): their details are for the
/// matter's handler, justice and public security. Everyone else in the area may learn only that the matter exists.
/// </summary>
public static class Sensitivity
{
    public static bool OfKind(MatterKind kind) => kind == MatterKind.DomesticViolence;
}
