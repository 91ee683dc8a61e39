using Grpc.Core;

namespace Suite.GrpcServer.Errors;

/// <summary>
/// Maps exceptions of a library the error mapping does not know (the database's, say) to a status; registered by
/// that library's project. Returns null for an exception it does not handle.
/// </summary>
public interface IErrorStatusMapping
{
    RpcException? Map(Exception exception);
}
