using System.Globalization;

namespace Suite.GrpcServer.Errors;

/// <summary>
/// The resource is not in a state that allows the operation (FAILED_PRECONDITION). Given as a format and its values
/// ("Course {0} ended on {1:yyyy-MM-dd}."), the caller reads it in Chinese from the format's entry in ErrorText.resx.
/// </summary>
public sealed class PreconditionFailedException(string format, params object[] args)
    : Exception(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args))
{
    public string Format { get; } = format;

    public object[] Args { get; } = args;
}
