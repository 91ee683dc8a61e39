using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Registry.V1;
using Suite.Persistence;
using Suite.Security;

namespace Suite.Registry.Model;

/// <summary>A woman in the ledger: the first collection form plus her ledger state (status, priority, assessment).</summary>
public sealed class Woman : IVersioned, IProtectedFields
{
    private string _residentIdNumber = "";
    private string _phone = "";
    private string _openedIdNumber = "";
    private string _openedPhone = "";
    // Set when EF read her from the database: the ciphertext is decrypted on the first read of a protected field,
    // so a query that never shows the ID number or phone (a ledger page) decrypts nothing.
    private FieldProtector? _unopenedBy;

    public Woman()
    {
    }

    // EF materializes through this constructor (it prefers the one that takes a service); see IProtectedFields.
    private Woman(DbContext context) => _unopenedBy = FieldProtectionInterceptor.ProtectorOf(context);

    public long Id { get; set; }
    public long Version { get; set; }

    /// <summary>The client's request id of the create, for idempotent retries.</summary>
    public string? CreateRequestId { get; set; }

    // The collection form (首次采集表).
    public string Name { get; set; } = "";
    /// <summary>Plain value in memory only; the database holds <see cref="ResidentIdCipher"/> and <see cref="ResidentIdHash"/>.</summary>
    public string ResidentIdNumber { get => Opened()._residentIdNumber; set => Opened()._residentIdNumber = value; }
    public string ResidentIdCipher { get; set; } = "";
    /// <summary>Keyed hash of the ID number: the unique key for "one woman per ID number" and for import matching.</summary>
    public string ResidentIdHash { get; set; } = "";
    public string Ethnicity { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    /// <summary>Plain value in memory only; the database holds <see cref="PhoneCipher"/>.</summary>
    public string Phone { get => Opened()._phone; set => Opened()._phone = value; }
    public string PhoneCipher { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public string Address { get; set; } = "";
    public Education Education { get; set; }
    public HealthStatus Health { get; set; }
    public DisabilityCategory DisabilityCategory { get; set; }
    public int DisabilityGrade { get; set; }
    public EconomicStatus EconomicStatus { get; set; }
    public string HusbandName { get; set; } = "";
    public HusbandWorkPlace HusbandWorkPlace { get; set; }
    public string HusbandWorkLocation { get; set; } = "";
    public DateOnly? HusbandDepartureDate { get; set; }
    public ContactFrequency HusbandContactFrequency { get; set; }
    public List<HouseholdMember> HouseholdMembers { get; set; } = [];
    public double ContractedLandMu { get; set; }
    public EmploymentStatus EmploymentStatus { get; set; }
    public List<string> Skills { get; set; } = [];
    public NeedSet FormNeeds { get; set; }
    public bool ConsentToShare { get; set; }
    /// <summary>Separate consent for health and disability data (sensitive personal information, PIPL Art. 29).</summary>
    public bool ConsentToShareHealth { get; set; }
    public string CollectedBy { get; set; } = "";
    public DateOnly CollectedOn { get; set; }

    // Ledger state.
    public LedgerStatus Status { get; set; } = LedgerStatus.Active;
    public ExitReason ExitReason { get; set; }
    public DateOnly? ExitDate { get; set; }
    public string ExitNote { get; set; } = "";

    /// <summary>Copied from the village's urban-rural code so the left-behind filter needs no join.</summary>
    public bool InRuralVillage { get; set; }

    /// <summary>Departure + 6 months: from this date she counts as left-behind (if the village is rural). Stored so "left-behind today" is a range filter.</summary>
    public DateOnly? LeftBehindSince { get; set; }

    /// <summary>Effective priority: the higher of the derived and the assessed level. Stored for filtering.</summary>
    public PriorityLevel Priority { get; set; }

    /// <summary>Needs from the form and the latest assessment together, for filtering.</summary>
    public NeedSet AllNeeds { get; set; }

    /// <summary>The needs other departments have been sent referrals for (<see cref="Rules.NeedReferralRule"/>).</summary>
    [NotPartOfEtag]
    public NeedSet ReferredNeeds { get; set; }

    /// <summary>Her referable needs differ from those referred: the need-referral loop has work for her.</summary>
    [NotPartOfEtag]
    public bool NeedsPending { get; set; }

    // Latest dynamic assessment.
    public PriorityLevel AssessedLevel { get; set; }
    public NeedSet AssessedNeeds { get; set; }
    public DateOnly? NextVisitDate { get; set; }
    public DateOnly? AssessedOn { get; set; }
    public string AssessedBy { get; set; } = "";
    public string AssessmentNotes { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public void Seal(FieldProtector protector)
    {
        if (_unopenedBy is not null)
        {
            return; // never read, so never changed: the stored ciphertext stands
        }
        // Re-encrypt only what changed, so an unrelated update does not rewrite the ciphertext.
        if (ResidentIdCipher.Length == 0 || ResidentIdNumber != _openedIdNumber)
        {
            ResidentIdCipher = protector.Protect(ResidentIdNumber, nameof(ResidentIdNumber));
            ResidentIdHash = protector.Hash(ResidentIdNumber);
            _openedIdNumber = ResidentIdNumber;
        }
        if (Phone != _openedPhone || (PhoneCipher.Length == 0 && Phone.Length > 0))
        {
            PhoneCipher = protector.Protect(Phone, nameof(Phone));
            _openedPhone = Phone;
        }
    }

    private Woman Opened()
    {
        if (_unopenedBy is { } protector)
        {
            _unopenedBy = null;
            _residentIdNumber = _openedIdNumber = protector.Unprotect(ResidentIdCipher, nameof(ResidentIdNumber));
            _phone = _openedPhone = protector.Unprotect(PhoneCipher, nameof(Phone));
        }
        return this;
    }
}
