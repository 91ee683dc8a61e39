namespace Suite.Audit;

/// <summary>
/// Marks an RPC that reads or changes personal data: every call, allowed or refused, is written to the audit log with
/// the resources it touched, declared here rather than in code. <see cref="Request"/> or <see cref="Response"/> is the
/// path of the id field (proto names, dots between messages, repeated fields taken element by element: "women.id");
/// on a server-streaming RPC the response path applies to every message sent. <see cref="Purpose"/> names the request
/// field holding the stated purpose of a reveal. Repeat the attribute for each kind of resource.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuditedAttribute(string resourceType = "") : Attribute
{
    /// <summary>The record's resource prefix, e.g. "woman" (resources are written "woman:42").</summary>
    public string ResourceType { get; } = resourceType;

    /// <summary>Path of the id in the request, e.g. "id" or "woman.id".</summary>
    public string Request { get; init; } = "";

    /// <summary>Path of the id in the response (each streamed message), e.g. "id" or "women.id".</summary>
    public string Response { get; init; } = "";

    /// <summary>Path of the stated purpose in the request, e.g. "reveal_purpose".</summary>
    public string Purpose { get; init; } = "";
}
