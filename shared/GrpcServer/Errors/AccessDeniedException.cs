using System.Globalization;

namespace Suite.GrpcServer.Errors;

/// <summary>
/// The caller may not do this here (PERMISSION_DENIED): outside her area, not her unit's task. Given as a format and
/// its values, the caller reads it in Chinese from the format's entry in ErrorText.resx.
/// </summary>
public sealed class AccessDeniedException(string format, params object[] args)
    : Exception(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args))
{
    public string Format { get; } = format;

    public object[] Args { get; } = args;
}
