using Google.Protobuf;

namespace Suite.Audit;

/// <summary>What the current call touched, collected from its messages by the <see cref="AuditedAttribute"/>s of its RPC.</summary>
public sealed class AuditScope(IReadOnlyList<AuditedAttribute> declarations)
{
    private readonly List<string> _resources = [];

    public IReadOnlyList<string> Resources => _resources;

    public string Purpose { get; private set; } = "";

    public void FromRequest(object request)
    {
        if (request is not IMessage message)
        {
            return;
        }
        foreach (var audited in declarations)
        {
            Add(audited, ProtoFieldPath.Values(message, audited.Request));
            if (audited.Purpose.Length > 0)
            {
                Purpose = ProtoFieldPath.Values(message, audited.Purpose).FirstOrDefault() ?? "";
            }
        }
    }

    public void FromResponse(object response)
    {
        if (response is not IMessage message)
        {
            return;
        }
        foreach (var audited in declarations)
        {
            Add(audited, ProtoFieldPath.Values(message, audited.Response));
        }
    }

    private void Add(AuditedAttribute audited, IEnumerable<string> ids) =>
        _resources.AddRange(ids.Select(id => $"{audited.ResourceType}:{id}"));
}
