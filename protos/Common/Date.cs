namespace Suite.Contracts.Common.V1;

/// <summary>Conversions between the wire date and <see cref="DateOnly"/>.</summary>
public sealed partial class Date
{
    public static Date From(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static Date? From(DateOnly? date) => date is { } d ? From(d) : null;

    /// <summary>True when the fields form a real calendar date from year 1900 on.</summary>
    public bool TryToDateOnly(out DateOnly date)
    {
        date = default;
        if (Year < 1900 || Year > 9999 || Month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(Year, Month))
        {
            return false;
        }
        date = new DateOnly(Year, Month, Day);
        return true;
    }

    /// <summary>The date; call only after validation.</summary>
    public DateOnly ToDateOnly() => new(Year, Month, Day);

    public string ToIsoString() => $"{Year:D4}-{Month:D2}-{Day:D2}";

    public static bool TryParseIso(string text, out Date? date)
    {
        date = null;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var d))
        {
            return false;
        }
        date = From(d);
        return true;
    }
}
