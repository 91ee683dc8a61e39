using System.Data.Common;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.ServiceDefaults.Errors;

namespace Suite.Persistence;

/// <summary>A lost optimistic-concurrency race is ABORTED (read again); a busy or unreachable database is UNAVAILABLE (retry).</summary>
public sealed class DatabaseErrorMapping : IErrorStatusMapping
{
    public RpcException? Map(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => ErrorMappingInterceptor.Status(Code.Aborted, "The record was changed by someone else; read it again and retry with the new etag."),
        DbException { IsTransient: true } or DbUpdateException { InnerException: DbException { IsTransient: true } } =>
            ErrorMappingInterceptor.Status(Code.Unavailable, "The database is busy or unreachable; nothing was written. Retry the call."),
        _ => null,
    };
}
