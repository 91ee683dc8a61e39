using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Mvc;
using Suite.Security.Tokens;

namespace Suite.Web.SignIn;

/// <summary>
/// Sign-in for the console: a session cookie holding the person's suite token. In production the token comes from
/// the identity provider through OpenID Connect; in development a sign-in page picks one of the development
/// identities and mints its token with the local key. Every page requires sign-in (fallback policy).
/// </summary>
public static class SignInExtensions
{
    public const string LoginPath = "/login";

    public static WebApplicationBuilder AddConsoleSignIn(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SignInOptions.Section).Get<SignInOptions>() ?? new SignInOptions();
        builder.Services.AddSingleton(options);
        var useOidc = options.Oidc.Authority.Length > 0;
        var authentication = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = useOidc ? OpenIdConnectDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.Cookie.Name = "suite.console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(options.SessionHours);
            cookie.SlidingExpiration = false;
        });
        if (useOidc)
        {
            authentication.AddOpenIdConnect(oidc =>
            {
                oidc.Authority = options.Oidc.Authority;
                oidc.ClientId = options.Oidc.ClientId;
                oidc.ClientSecret = options.Oidc.ClientSecret;
                oidc.ResponseType = "code";
                oidc.Scope.Clear();
                foreach (var scope in options.Oidc.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    oidc.Scope.Add(scope);
                }
                // The session keeps the provider's access token (the one the services accept) as its suite token.
                oidc.Events.OnTokenValidated = context =>
                {
                    var accessToken = context.TokenEndpointResponse?.AccessToken;
                    if (string.IsNullOrEmpty(accessToken))
                    {
                        context.Fail("The identity provider sent no access token.");
                        return Task.CompletedTask;
                    }
                    context.Principal = new(ConsoleUser.Identity(accessToken, CookieAuthenticationDefaults.AuthenticationScheme));
                    return Task.CompletedTask;
                };
            });
        }
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    /// <summary>Whether the development sign-in is offered: only in Development, and only with the local key.</summary>
    public static bool DevelopmentSignIn(this IHostEnvironment environment, SignInOptions options) =>
        environment.IsDevelopment() && options.DevelopmentSigningKey.Length > 0 && options.Oidc.Authority.Length == 0;

    public static WebApplication MapSignInEndpoints(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<SignInOptions>();
        if (app.Environment.DevelopmentSignIn(options))
        {
            var issuer = new LocalTokenIssuer(options.DevelopmentSigningKey);
            app.MapPost("/account/development-sign-in", async (HttpContext http, [FromForm] int identity, [FromForm] string? returnUrl) =>
            {
                if (identity < 0 || identity >= DevelopmentIdentities.Common.Count)
                {
                    return Results.Redirect(LoginPath);
                }
                var person = DevelopmentIdentities.Common[identity];
                var lifetime = TimeSpan.FromHours(options.SessionHours);
                var token = issuer.Mint(person.Subject, person.Name, person.Department, person.Role, person.Area, lifetime);
                await http.SignInAsync(new(ConsoleUser.Identity(token, CookieAuthenticationDefaults.AuthenticationScheme)));
                return Results.LocalRedirect(LocalPath(returnUrl));
            }).AllowAnonymous();
        }
        else
        {
            app.MapGet("/account/sign-in", (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) })).AllowAnonymous();
        }
        app.MapPost("/account/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(LoginPath);
        });
        return app;
    }

    /// <summary>Only a path of this site ("/" otherwise): an absolute or protocol-relative address would be an open redirect.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
