using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Suite.Ledger;
using Suite.Web.SignIn;

namespace Suite.Web.Localization;

/// <summary>
/// The console's two languages: Chinese by default, English when the person chose it with the switch in the header
/// (a culture cookie; the browser's own language does not change it). Enum values show their Chinese label, or in
/// English the humanized proto name, as the CLI does.
/// </summary>
public static class ConsoleCulture
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly string[] Supported = [Chinese, English];

    /// <summary>Whether this page is shown in English.</summary>
    public static bool InEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The culture the switch offers from this one, and its name in its own language.</summary>
    public static (string Culture, string Name) Other => InEnglish ? (Chinese, "中文") : (English, "English");

    /// <summary>The address of the switch to the other language, coming back to <paramref name="back"/>.</summary>
    public static string SwitchHref(string back) => $"/culture?set={Other.Culture}&back={Uri.EscapeDataString(back)}";

    public static WebApplication UseConsoleCultures(this WebApplication app)
    {
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(Chinese).AddSupportedCultures(Supported).AddSupportedUICultures(Supported);
            // Only the switch's cookie chooses English: the console's people read Chinese whatever their browser says.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return app;
    }

    /// <summary>The switch: <c>/culture?set=en&amp;back=/women</c> keeps the choice in the culture cookie and goes back (to a path of this site only).</summary>
    public static WebApplication MapCultureSwitch(this WebApplication app)
    {
        app.MapGet("/culture", Set).AllowAnonymous();
        return app;
    }

    public static IResult Set(HttpContext http, string? set, string? back)
    {
        var culture = set == English ? English : Chinese;
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        return Results.LocalRedirect(SignInExtensions.LocalPath(back));
    }

    /// <summary>An enum value as the console shows it: the Chinese label, or in English the humanized proto name ("Minimum allowance").</summary>
    public static string Shown<TEnum>(this CsvLabels<TEnum> labels, TEnum value) where TEnum : struct, Enum =>
        InEnglish && Convert.ToInt32(value) != 0 ? EnumWords.Humanized(value) : labels.Label(value);

    /// <summary>Every value with the words the console shows for it, in the table's order (for a form's choices).</summary>
    public static IEnumerable<(TEnum Value, string Label)> AllShown<TEnum>(this CsvLabels<TEnum> labels) where TEnum : struct, Enum =>
        labels.All.Select(pair => (pair.Value, labels.Shown(pair.Value)));
}
