using Microsoft.EntityFrameworkCore;

namespace Suite.Audit;

public static class AuditModelExtensions
{
    /// <summary>Adds the audit tables to a service's model; call from <c>OnModelCreating</c>.</summary>
    public static ModelBuilder AddAudit(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(entity =>
        {
            entity.ToTable("AuditLog");
            entity.HasKey(e => e.Id);
            CallColumns(entity);
            entity.Property(e => e.PreviousHash).HasMaxLength(64).IsUnicode(false);
            entity.Property(e => e.Hash).HasMaxLength(64).IsUnicode(false);
            entity.HasMany(e => e.Resources).WithOne().HasForeignKey(r => r.AuditEntryId).OnDelete(DeleteBehavior.Cascade);
            entity.HasIndex(e => new { e.Subject, e.Id });
            entity.HasIndex(e => e.Time);
        });
        modelBuilder.Entity<AuditEntryResource>(entity =>
        {
            entity.ToTable("AuditLogResources");
            entity.HasKey(r => new { r.AuditEntryId, r.Position });
            entity.Property(r => r.Resource).HasMaxLength(100).IsUnicode(false);
            entity.HasIndex(r => new { r.Resource, r.AuditEntryId });
        });
        modelBuilder.Entity<AuditInboxEntry>(entity =>
        {
            entity.ToTable("AuditInbox");
            entity.HasKey(e => e.Id);
            CallColumns(entity);
            entity.Property(e => e.Resources).IsUnicode(false);
        });
        return modelBuilder;
    }

    // The columns describing a call, the same in the chain and in the inbox it is drained from.
    private static void CallColumns<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity) where T : class
    {
        entity.Property<string>(nameof(AuditEntry.Subject)).HasMaxLength(100);
        entity.Property<string>(nameof(AuditEntry.Name)).HasMaxLength(100);
        entity.Property<string>(nameof(AuditEntry.Department)).HasMaxLength(50);
        entity.Property<string>(nameof(AuditEntry.Role)).HasMaxLength(50);
        entity.Property<string>(nameof(AuditEntry.Area)).HasMaxLength(12).IsUnicode(false);
        entity.Property<string>(nameof(AuditEntry.Action)).HasMaxLength(200).IsUnicode(false);
        entity.Property<string>(nameof(AuditEntry.Purpose)).HasMaxLength(400);
        entity.Property<string>(nameof(AuditEntry.Outcome)).HasMaxLength(40).IsUnicode(false);
        entity.Property<string>(nameof(AuditEntry.TraceId)).HasMaxLength(32).IsUnicode(false);
    }
}
