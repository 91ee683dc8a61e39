using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Registry.V1;
using Suite.Persistence;
using Suite.Security;

namespace Suite.Registry.Model;

/// <summary>
/// A designated staff member of a township or village (工作队伍台账, attachment 1). Her phone number is protected as
/// women's are: stored only encrypted (<see cref="PhoneCipher"/>), decrypted on first read.
/// </summary>
public sealed class StaffMember : IVersioned, IProtectedFields
{
    private string _phone = "";
    private string _openedPhone = "";
    private FieldProtector? _unopenedBy;

    public StaffMember()
    {
    }

    // EF materializes through this constructor; see IProtectedFields.
    private StaffMember(DbContext context) => _unopenedBy = FieldProtectionInterceptor.ProtectorOf(context);

    public long Id { get; set; }
    public long Version { get; set; }
    public string? CreateRequestId { get; set; }
    public string Name { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public string Position { get; set; } = "";
    public Employment Employment { get; set; }

    /// <summary>Plain value in memory only; the database holds <see cref="PhoneCipher"/>.</summary>
    public string Phone { get => Opened()._phone; set => Opened()._phone = value; }
    public string PhoneCipher { get; set; } = "";

    /// <summary>Duties as a bit mask (bit n = duty n).</summary>
    public int Duties { get; set; }
    public bool Active { get; set; } = true;
    public DateTime UpdatedAt { get; set; }

    public void Seal(FieldProtector protector)
    {
        if (_unopenedBy is not null)
        {
            return;
        }
        if (Phone != _openedPhone || (PhoneCipher.Length == 0 && Phone.Length > 0))
        {
            PhoneCipher = protector.Protect(Phone, nameof(Phone));
            _openedPhone = Phone;
        }
    }

    private StaffMember Opened()
    {
        if (_unopenedBy is { } protector)
        {
            _unopenedBy = null;
            _phone = _openedPhone = PhoneCipher.Length == 0 ? "" : protector.Unprotect(PhoneCipher, nameof(Phone));
        }
        return this;
    }
}
