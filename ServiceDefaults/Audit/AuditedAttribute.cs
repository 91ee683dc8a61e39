namespace Suite.ServiceDefaults.Audit;

/// <summary>Marks an RPC that reads or changes personal data: every call, allowed or refused, is written to the audit log.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AuditedAttribute : Attribute;
