using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Suite.Contracts;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// How a command reaches a service: the endpoint (option, profile, or the running AppHost's resource file),
/// the token (option or profile), and a trace id sent as W3C traceparent so a failure can be found in the traces.
/// </summary>
public sealed class Connection(ParseResult parse, CliContext context)
{
    public string TraceId { get; } = ActivityTraceId.CreateRandom().ToHexString();

    /// <summary>The services this command called and their addresses, to name one that does not answer.</summary>
    public Dictionary<string, string> Called { get; } = [];

    public string ProfileName => parse.GetValue(GlobalOptions.Profile) ?? "default";

    public string DataDirectory => parse.GetValue(GlobalOptions.DataDir) is { } dir
        ? Path.GetFullPath(dir, context.WorkingDirectory)
        : Path.Combine(RepositoryRoot() ?? context.WorkingDirectory, "data");

    public GrpcChannel Channel(string service)
    {
        var option = service switch
        {
            ResourceNames.Registry => parse.GetValue(GlobalOptions.Registry),
            ResourceNames.Assistance => parse.GetValue(GlobalOptions.Assistance),
            ResourceNames.LegalAid => parse.GetValue(GlobalOptions.LegalAid),
            ResourceNames.Employment => parse.GetValue(GlobalOptions.Employment),
            ResourceNames.FamilyEducation => parse.GetValue(GlobalOptions.FamilyEducation),
            ResourceNames.Community => parse.GetValue(GlobalOptions.Community),
            ResourceNames.Supervision => parse.GetValue(GlobalOptions.Supervision),
            _ => null,
        };
        var address = option
            ?? new Profiles(context.ConfigDirectory).Get(ProfileName).Endpoints.GetValueOrDefault(service)
            ?? FromAppHost(service)
            ?? throw new CliException(Words.F("No address for {0}: start the suite (scripts/run.sh), or pass --{1} http://host:port.", Words.Code("service", service), service));
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new CliException(Words.F("Not an address: '{0}' for --{1} (write it as http://host:port).", address, service));
        }
        Called[service] = address;
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = context.Handler(), MaxReceiveMessageSize = 16 * 1024 * 1024 });
    }

    /// <summary>Call metadata: the bearer token and the trace context.</summary>
    public Metadata Headers()
    {
        var token = parse.GetValue(GlobalOptions.Token) ?? new Profiles(context.ConfigDirectory).Get(ProfileName).Token;
        if (string.IsNullOrEmpty(token))
        {
            throw new CliException(Words.T("Not logged in: run 'suite login --department … --role … --area …' (or pass --token)."));
        }
        if (ExpiresAt(token) is { } expiry && expiry <= context.Clock.GetUtcNow().UtcDateTime)
        {
            throw new CliException(Words.F("Your token expired at {0:yyyy-MM-dd HH:mm} UTC: run 'suite login' again.", expiry));
        }
        return new Metadata
        {
            { "authorization", "Bearer " + token },
            { "traceparent", $"00-{TraceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01" },
            // The services answer refusals in this language too (google.rpc.LocalizedMessage).
            { "accept-language", Words.English ? "en" : "zh-CN" },
        };
    }

    public static DateTime? ExpiresAt(string token)
    {
        try
        {
            return new JsonWebToken(token).ValidTo;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private string? FromAppHost(string service)
    {
        var file = Path.Combine(DataDirectory, "apphost", "resources.json");
        if (!File.Exists(file))
        {
            return null;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.GetProperty("resources").EnumerateArray()
            .Where(r => r.GetProperty("name").GetString() == service)
            .Select(r => r.GetProperty("endpoint").GetString())
            .FirstOrDefault(e => !string.IsNullOrEmpty(e));
    }

    private string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(context.WorkingDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Suite.sln")))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}
