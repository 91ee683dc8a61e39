using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Suite.Contracts.Common.V1;

namespace Suite.GrpcServer.Diagnostics;

/// <summary>
/// The do-nothing call every service answers. It runs through the same pipeline as every other RPC (authentication,
/// the fallback "authenticated caller" policy, rate limits, interceptors) and then stops, so its cost is the floor
/// of any unary call to the service.
/// </summary>
public sealed class DiagnosticsGrpcService(IHostEnvironment environment) : DiagnosticsService.DiagnosticsServiceBase
{
    private readonly PingResponse _pong = new() { Service = Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME") ?? environment.ApplicationName };

    public override Task<PingResponse> Ping(PingRequest request, ServerCallContext context) => Task.FromResult(_pong);
}
