using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Suite.Security;

namespace Suite.Security;

/// <summary>
/// Forwards the incoming call's bearer token on outgoing calls, so the downstream service applies the same
/// caller's permissions and area scope. Calls made outside a request (background workers) carry the service's own
/// identity instead (<see cref="ServiceIdentity"/>), with only the permissions granted to it; so do all calls when
/// there is no accessor (a client that reads with the service's identity only: <see cref="CallerTokenExtensions.CallAsService"/>).
/// </summary>
public sealed class ForwardCallerTokenInterceptor(IHttpContextAccessor? accessor, ServiceIdentity? identity = null) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithToken(context));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithToken(context));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithToken(context));

    private ClientInterceptorContext<TRequest, TResponse> WithToken<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class where TResponse : class
    {
        var authorization = accessor?.HttpContext is { } http
            ? http.Request.Headers.Authorization.ToString()
            : identity?.Token() is { } token ? "Bearer " + token : null;
        if (string.IsNullOrEmpty(authorization) || context.Options.Headers?.Get("authorization") is not null)
        {
            return context;
        }
        var headers = context.Options.Headers ?? [];
        headers.Add("authorization", authorization);
        return new(context.Method, context.Host, context.Options.WithHeaders(headers));
    }
}
