using System.Globalization;

namespace Suite.GrpcServer.Errors;

/// <summary>Length limits count characters as people see them (Unicode scalar values): 𠮷 is one character, not two.</summary>
public static class FieldRules
{
    public static int Length(string text) => text.EnumerateRunes().Count();

    public static void Text(this FieldViolations errors, string field, string value, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "is required");
        }
        else if (Length(value) > max)
        {
            errors.Add(field, $"must be at most {max} characters");
        }
        else if (value.Any(c => char.IsControl(c)))
        {
            errors.Add(field, "must not contain control characters");
        }
    }

    public static void Phone(this FieldViolations errors, string field, string value, bool required)
    {
        if (value.Length == 0)
        {
            errors.Require(!required, field, "is required");
            return;
        }
        errors.Require(value.Length == 11 && value[0] == '1' && value.All(char.IsAsciiDigit), field, "must be an 11-digit mobile number starting with 1");
    }

    public static void Defined<TEnum>(this FieldViolations errors, string field, TEnum value, bool required) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(field, "is not a known value");
        }
        else if (required && Convert.ToInt32(value, CultureInfo.InvariantCulture) == 0)
        {
            errors.Add(field, "is required");
        }
    }

    /// <summary>A date that must exist on the calendar and not lie after today.</summary>
    public static void PastDate(this FieldViolations errors, string field, Suite.Contracts.Common.V1.Date? date, DateOnly today, bool required)
    {
        if (date is null)
        {
            errors.Require(!required, field, "is required");
            return;
        }
        if (!date.TryToDateOnly(out var value))
        {
            errors.Add(field, "is not a valid date");
        }
        else if (value > today)
        {
            errors.Add(field, "must not be in the future");
        }
    }
}
