namespace Suite.Security;

/// <summary>Display restriction of GB/T 35273: personal identifiers are shown masked unless a reveal is authorised.</summary>
public static class PersonalDataMask
{
    /// <summary>First 6 and last 4 characters: "110105********002X".</summary>
    public static string ResidentId(string id) => id.Length <= 10 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 10) + id[^4..];

    /// <summary>First 3 and last 4 digits: "138****8000".</summary>
    public static string Phone(string phone) => phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
}
