using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Suite.Contracts;

namespace Suite.Cli.Infrastructure;

/// <summary>A failure the user can act on, shown as one line.</summary>
public sealed class CliException(string message) : Exception(message);
