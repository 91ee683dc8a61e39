using System.CommandLine;
using Microsoft.IdentityModel.JsonWebTokens;
using Suite.Cli.Infrastructure;
using Suite.Security.Tokens;

namespace Suite.Cli.Commands;

/// <summary>suite login, suite token, suite whoami.</summary>
public static class LoginCommands
{
    private static readonly Option<string?> Department = new("--department") { Description = "Department code, e.g. civil-affairs" };
    private static readonly Option<string?> Role = new("--role") { Description = "Role, e.g. county-officer, township-officer, village-staff" };
    private static readonly Option<string?> Area = new("--area") { Description = "Area code prefix you work in (6 county, 9 township, 12 village digits; \"*\" nationwide, admin only)" };
    private static readonly Option<string?> Name = new("--name") { Description = "Your name, recorded on changes" };
    private static readonly Option<double> Hours = new("--hours") { Description = "Lifetime of a minted token, hours (at most 24)", DefaultValueFactory = _ => 8 };
    private static readonly Option<string?> GivenToken = new("--with-token") { Description = "Store a token from the identity provider instead of minting one" };

    public static IEnumerable<Command> Create(CliContext context)
    {
        var login = new Command("login", "Store a token in the profile: minted with the local development key, or given with --with-token")
        {
            Department, Role, Area, Name, Hours, GivenToken,
        };
        SuiteCli.Action(login, context, async (parse, connection, _) =>
        {
            var token = parse.GetValue(GivenToken) is { } given ? Checked(given, context.Clock) : Mint(parse, connection);
            var profiles = new Profiles(context.ConfigDirectory);
            var profile = profiles.Get(connection.ProfileName);
            profile.Token = token;
            // An address given at login is remembered, so later commands need not repeat it.
            if (parse.GetValue(GlobalOptions.Registry) is { } registry)
            {
                profile.Endpoints[Suite.Contracts.ResourceNames.Registry] = registry;
            }
            profiles.Save(connection.ProfileName, profile);
            await context.Out.WriteLineAsync(Words.F("Logged in as {0} (profile {1}).", Describe(token), connection.ProfileName));
        });

        var token = new Command("token", "Print a token minted with the local development key (not stored)") { Department, Role, Area, Name, Hours };
        SuiteCli.Action(token, context, (parse, connection, _) => context.Out.WriteLineAsync(Mint(parse, connection)));

        var whoami = new Command("whoami", "Show who the profile's token says you are");
        SuiteCli.Action(whoami, context, async (parse, connection, _) =>
        {
            var stored = parse.GetValue(GlobalOptions.Token) ?? new Profiles(context.ConfigDirectory).Get(connection.ProfileName).Token;
            if (string.IsNullOrEmpty(stored))
            {
                throw new CliException(Words.T("Not logged in: run 'suite login'."));
            }
            await context.Out.WriteLineAsync(Describe(stored));
        });
        return [login, token, whoami];
    }

    private static string Mint(ParseResult parse, Connection connection)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
        if (string.Equals(environment, "Production", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException(Words.T("The local signing key is refused in Production: get a token from the identity provider and use 'suite login --with-token'."));
        }
        var department = parse.GetValue(Department) ?? throw new CliException(Words.T("--department is required to mint a token."));
        var role = parse.GetValue(Role) ?? throw new CliException(Words.T("--role is required to mint a token."));
        var area = parse.GetValue(Area) ?? (role == "admin" ? SuiteClaims.Nationwide : throw new CliException(Words.T("--area is required to mint a token (the area code you work in).")));
        var secrets = LocalSecretsFile.Read(connection.DataDirectory)
            ?? throw new CliException(Words.F("No local keys in {0}: start the suite once (scripts/run.sh) to create them.", connection.DataDirectory));
        var name = parse.GetValue(Name) ?? Environment.UserName;
        var hours = Math.Clamp(parse.GetValue(Hours), 0.1, 24);
        return new LocalTokenIssuer(secrets.SigningKey).Mint($"local:{name}", name, department, role, area, TimeSpan.FromHours(hours));
    }

    /// <summary>A given token as the services will read it: well formed, not expired, with the claims they need; else refused and nothing saved.</summary>
    private static string Checked(string token, TimeProvider clock)
    {
        token = token.Trim();
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            throw new CliException(Words.T("That is not a token (a JWT has three parts separated by dots); nothing was saved."));
        }
        if (jwt.ValidTo <= clock.GetUtcNow().UtcDateTime)
        {
            throw new CliException(Words.F("That token expired at {0:yyyy-MM-dd HH:mm} UTC; nothing was saved. Get a new one.", jwt.ValidTo));
        }
        foreach (var claim in new[] { SuiteClaims.Department, SuiteClaims.Role, SuiteClaims.Area })
        {
            if (!jwt.TryGetClaim(claim, out var value) || value.Value.Length == 0)
            {
                throw new CliException(Words.F("That token has no {0} claim, so the services would refuse it; nothing was saved.", claim));
            }
        }
        return token;
    }

    private static string Describe(string token)
    {
        var jwt = new JsonWebToken(token);
        string Claim(string type) => jwt.TryGetClaim(type, out var claim) ? claim.Value : "";
        var area = Claim(SuiteClaims.Area);
        return Words.F("{0} ({1}), {2} / {3}, area {4}, valid until {5:yyyy-MM-dd HH:mm} UTC", Claim(SuiteClaims.Name), jwt.Subject,
            Words.Code("department", Claim(SuiteClaims.Department)), Words.Code("role", Claim(SuiteClaims.Role)), area == SuiteClaims.Nationwide ? Words.T("nationwide") : area, jwt.ValidTo);
    }
}
