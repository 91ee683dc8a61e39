using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Cli.Infrastructure;

/// <summary>Dates on the command line: yyyy-MM-dd.</summary>
public static class Dates
{
    public static Date Parse(string text, string option) =>
        Date.TryParseIso(text, out var date) ? date! : throw new CliException($"{option}: '{text}' is not a date yyyy-MM-dd");
}
