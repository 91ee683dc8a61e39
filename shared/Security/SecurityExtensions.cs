using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using Suite.Security.Tokens;

namespace Suite.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// Every call needs a valid bearer token (issuer, audience, lifetime, signature); each RPC then needs its
    /// permission (<c>[Authorize("registry.women.read")]</c>), granted to department+role pairs in configuration.
    /// </summary>
    public static IHostApplicationBuilder AddSuiteSecurity(this IHostApplicationBuilder builder)
    {
        var jwt = JwtOptions.From(builder.Configuration);
        if (builder.Environment.IsProduction() && jwt.SigningKeys.ContainsKey(JwtOptions.LocalKeyId))
        {
            throw new InvalidOperationException("The local development signing key is refused in Production: configure the identity provider (Authentication:Jwt:Authority) or production keys.");
        }
        if (jwt.Authority is null && jwt.SigningKeys.Count == 0)
        {
            throw new InvalidOperationException("No token signing keys: set Authentication:Jwt:Authority or Authentication:Jwt:SigningKeys (the AppHost sets a local key).");
        }

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.Authority = jwt.Authority;
            options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                IssuerSigningKeys = jwt.Keys().ToList(),
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                ValidateIssuerSigningKey = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = SuiteClaims.Name,
                RoleClaimType = SuiteClaims.Role,
            };
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (ClaimRules.Problem(context.Principal!) is { } problem)
                    {
                        context.Fail(problem);
                    }
                    return Task.CompletedTask;
                },
            };
        });
        builder.Services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        builder.Services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        builder.Services.AddSingleton<GrpcAuthorizationResultHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler>(services => services.GetRequiredService<GrpcAuthorizationResultHandler>());
        builder.Services.AddSingleton<PermissionGrants>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentCaller>();
        builder.Services.AddScoped<SmallCells>();
        builder.Services.AddSingleton<FieldProtector>();
        builder.AddCallerRateLimits();
        return builder;
    }

    /// <summary>Authentication, authorization and the per-caller rate limit, in that order, before any endpoint runs.</summary>
    public static WebApplication UseSuiteSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCallerRateLimits();
        return app;
    }
}
