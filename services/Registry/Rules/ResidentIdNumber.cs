using System.Globalization;

namespace Suite.Registry.Rules;

/// <summary>
/// The 18-character resident ID number of GB 11643: 6-digit area code, 8-digit birth date (yyyyMMdd),
/// 3-digit sequence (odd for men, even for women) and a check character (ISO 7064 MOD 11-2).
/// </summary>
public static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>
    /// Checks a female resident ID number. Returns null when valid (with <paramref name="normalized"/> in upper case
    /// and the birth date), else what is wrong.
    /// </summary>
    public static string? ValidateFemale(string? value, DateOnly today, out string normalized, out DateOnly birthDate)
    {
        normalized = (value ?? "").Trim().ToUpperInvariant();
        birthDate = default;
        if (normalized.Length != 18)
        {
            return "must be 18 characters";
        }
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(normalized[i]))
            {
                return "the first 17 characters must be digits";
            }
        }
        if (!char.IsAsciiDigit(normalized[17]) && normalized[17] != 'X')
        {
            return "the check character must be a digit or X";
        }
        if (!DateOnly.TryParseExact(normalized.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate)
            || birthDate.Year < 1900)
        {
            return "the birth date (characters 7-14) is not a valid date";
        }
        if (birthDate > today)
        {
            return "the birth date (characters 7-14) is in the future";
        }
        if (CheckCharacter(normalized.AsSpan(0, 17)) != normalized[17])
        {
            return "the check character does not match";
        }
        if ((normalized[16] - '0') % 2 != 0)
        {
            return "the sequence digit (character 17) is odd, which denotes a man; the ledger holds women";
        }
        return null;
    }

    /// <summary>The check character of the first 17 digits: S = Σ digit×weight, S mod 11 mapped to "10X98765432".</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }
}
