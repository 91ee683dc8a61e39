using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Suite.Security;
using Suite.Security.Tokens;
using Suite.ServiceDefaults.Clients;
using Xunit;

namespace Suite.Shared.Tests;

/// <summary>What outgoing calls carry: a default deadline, and the caller's token during a request.</summary>
public sealed class ClientInterceptorTests
{
    private static readonly Method<string, string> Method = new(MethodType.Unary, "test.Service", "Call",
        Marshallers.Create(s => System.Text.Encoding.UTF8.GetBytes(s), b => System.Text.Encoding.UTF8.GetString(b)),
        Marshallers.Create(s => System.Text.Encoding.UTF8.GetBytes(s), b => System.Text.Encoding.UTF8.GetString(b)));

    /// <summary>Records the options of the call that reaches the wire.</summary>
    private sealed class RecordingInvoker : CallInvoker
    {
        public CallOptions Options { get; private set; }

        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
        {
            Options = options;
            return new AsyncUnaryCall<TResponse>(Task.FromResult(default(TResponse)!), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
        }

        public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();
        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();
        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();
        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();
    }

    [Fact]
    public async Task A_call_without_a_deadline_gets_the_default_one_and_a_set_deadline_is_kept()
    {
        var wire = new RecordingInvoker();
        var invoker = wire.Intercept(new DefaultDeadlineInterceptor(TimeSpan.FromSeconds(10)));
        await invoker.AsyncUnaryCall(Method, null, new CallOptions(), "x");
        Assert.InRange(wire.Options.Deadline!.Value, DateTime.UtcNow.AddSeconds(5), DateTime.UtcNow.AddSeconds(11));

        var mine = DateTime.UtcNow.AddSeconds(2);
        await invoker.AsyncUnaryCall(Method, null, new CallOptions(deadline: mine), "x");
        Assert.Equal(mine, wire.Options.Deadline);
    }

    [Fact]
    public async Task The_callers_token_is_forwarded_during_a_request_and_absent_outside_one()
    {
        var accessor = new HttpContextAccessor();
        var wire = new RecordingInvoker();
        var invoker = wire.Intercept(new ForwardCallerTokenInterceptor(accessor));

        await invoker.AsyncUnaryCall(Method, null, new CallOptions(), "x");
        Assert.Null(wire.Options.Headers?.Get("authorization")); // no request and no service identity: nothing to send

        var incoming = new DefaultHttpContext();
        incoming.Request.Headers.Authorization = "Bearer caller-token";
        accessor.HttpContext = incoming;
        await invoker.AsyncUnaryCall(Method, null, new CallOptions(), "x");
        Assert.Equal("Bearer caller-token", wire.Options.Headers!.GetValue("authorization"));
    }

    [Fact]
    public async Task Outside_a_request_a_worker_calls_with_its_own_service_identity()
    {
        var key = Suite.Security.Tokens.LocalTokenIssuer.NewKey();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Jwt:SigningKeys:local"] = key,
            ["OTEL_SERVICE_NAME"] = "assistance",
        }).Build();
        var identity = new Suite.Security.ServiceIdentity(configuration, new TestEnvironment("Development"));
        var wire = new RecordingInvoker();
        await wire.Intercept(new ForwardCallerTokenInterceptor(new HttpContextAccessor(), identity)).AsyncUnaryCall(Method, null, new CallOptions(), "x");

        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(wire.Options.Headers!.GetValue("authorization")![7..]);
        Assert.Equal(("service:assistance", "services", "assistance-worker"), (token.Subject, token.GetClaim("department").Value, token.GetClaim("role").Value));
        Assert.Null(new Suite.Security.ServiceIdentity(configuration, new TestEnvironment("Production")).Token());
    }

    private sealed class TestEnvironment(string name) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
