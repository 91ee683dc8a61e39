using Suite.Ledger;

namespace Suite.Cli.Display;

/// <summary>The department services as option values and in tables: by their Chinese names (<see cref="CaseworkLabels"/>) or their codes.</summary>
public static class ReferralLabels
{
    public static string ServiceChoices => string.Join("/", CaseworkLabels.Services.Select(s => s.Label));

    public static string Service(string service) =>
        service.Length == 0 ? "" : Infrastructure.Words.English ? service : CaseworkLabels.Service(service) is { Length: > 0 } label ? label : service;

    /// <summary>A service named by its code or its Chinese name.</summary>
    public static string ParseService(string text, string option) =>
        CaseworkLabels.Services.FirstOrDefault(s => s.Service == text.Trim() || s.Label == text.Trim()).Service
        ?? throw new Infrastructure.CliException(Infrastructure.Words.F("{0}: '{1}' is not one of {2} (or {3})", option, text, ServiceChoices, string.Join(", ", CaseworkLabels.Services.Select(s => s.Service))));
}
