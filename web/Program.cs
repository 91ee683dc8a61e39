using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.FluentUI.AspNetCore.Components;
using Suite.ServiceDefaults.Telemetry;
using Suite.Web.Calls;
using Suite.Web.Components;
using Suite.Web.Localization;
using Suite.Web.SignIn;

var builder = WebApplication.CreateBuilder(args);
builder.ConfigureOpenTelemetry();
builder.Services.AddHealthChecks();
builder.Services.AddServiceDiscovery();
builder.Services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());

// The answers a page read while pre-rendered travel back to the server in the message that starts its live connection
// (PrerenderedAnswers): a county's home page holds about a hundred women, beyond SignalR's 32 KB default.
builder.Services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(hub => hub.MaximumReceiveMessageSize = 1024 * 1024);
builder.Services.AddFluentUIComponents();
builder.Services.AddLocalization();
// Chinese stays Chinese in the server-rendered HTML (not &#x…; entities).
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.AddConsoleSignIn();
builder.Services.AddSuiteCalls();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseConsoleCultures();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapStaticAssets().AllowAnonymous();
app.MapSignInEndpoints();
app.MapCultureSwitch();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
