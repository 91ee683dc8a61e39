namespace Suite.Security;

/// <summary>Display restriction of GB/T 35273: personal identifiers are shown masked unless a reveal is authorised.</summary>
public static class PersonalDataMask
{
    /// <summary>
    /// The first 6 characters only (the issuing area): "110105************". Characters 7-14 are the birth date, which
    /// responses and the ledger carry beside the number, so a mask that kept the last 4 could be undone by anyone who
    /// reads both; with the sequence and check digits hidden too, nothing shown beside it rebuilds the number.
    /// </summary>
    public static string ResidentId(string id) => id.Length <= 6 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 6);

    /// <summary>First 3 and last 4 digits: "138****8000".</summary>
    public static string Phone(string phone) => phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];
}
