namespace Suite.Persistence;

/// <summary>
/// A column the service keeps for itself (a background loop's bookkeeping), not part of what a caller edits: a save
/// that changes only such columns leaves <see cref="IVersioned.Version"/>, the etag, as it was, so an officer's edit
/// in flight is not refused because a loop marked the record. The old version is still checked on that save.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotPartOfEtagAttribute : Attribute;
