namespace Suite.Web.Localization;

/// <summary>
/// The console's fixed words: ConsoleText.resx holds the Chinese (the default language), keyed by the Chinese text
/// itself; ConsoleText.en.resx holds the English for each key. Read through <c>IStringLocalizer&lt;ConsoleText&gt; T</c>
/// (injected into every component by _Imports.razor): <c>@T["救助申请审批"]</c>, <c>T["申请 {0}", id]</c>.
/// </summary>
public sealed class ConsoleText;
