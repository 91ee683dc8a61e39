using System.Data.Common;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.GrpcServer.Errors;

namespace Suite.Persistence;

/// <summary>
/// A lost optimistic-concurrency race is ABORTED (read again); a busy or unreachable database is UNAVAILABLE (retry); a
/// unique index that refused a concurrent second (one open placement per woman and post, say) is ALREADY_EXISTS.
/// </summary>
public sealed class DatabaseErrorMapping : IErrorStatusMapping
{
    public RpcException? Map(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => ErrorMappingInterceptor.Status(Code.Aborted, "The record was changed by someone else; read it again and retry with the new etag."),
        DbException { IsTransient: true } or DbUpdateException { InnerException: DbException { IsTransient: true } } =>
            ErrorMappingInterceptor.Status(Code.Unavailable, "The database is busy or unreachable; nothing was written. Retry the call."),
        DbUpdateException { InnerException: var inner } when IsUniqueViolation(inner) =>
            ErrorMappingInterceptor.Status(Code.AlreadyExists, "Such a record exists already: a call made at the same time wrote it first. Nothing was written."),
        _ => null,
    };

    // SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) or _PRIMARYKEY (1555); SQL Server: 2601 (unique index) or 2627 (unique constraint).
    private static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
