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
            entity.Property(e => e.Subject).HasMaxLength(100);
            entity.Property(e => e.Name).HasMaxLength(100);
            entity.Property(e => e.Department).HasMaxLength(50);
            entity.Property(e => e.Role).HasMaxLength(50);
            entity.Property(e => e.Area).HasMaxLength(12).IsUnicode(false);
            entity.Property(e => e.Action).HasMaxLength(200).IsUnicode(false);
            entity.Property(e => e.Purpose).HasMaxLength(400);
            entity.Property(e => e.Outcome).HasMaxLength(40).IsUnicode(false);
            entity.Property(e => e.TraceId).HasMaxLength(32).IsUnicode(false);
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
            entity.Property(e => e.Subject).HasMaxLength(100);
            entity.Property(e => e.Name).HasMaxLength(100);
            entity.Property(e => e.Department).HasMaxLength(50);
            entity.Property(e => e.Role).HasMaxLength(50);
            entity.Property(e => e.Area).HasMaxLength(12).IsUnicode(false);
            entity.Property(e => e.Action).HasMaxLength(200).IsUnicode(false);
            entity.Property(e => e.Purpose).HasMaxLength(400);
            entity.Property(e => e.Outcome).HasMaxLength(40).IsUnicode(false);
            entity.Property(e => e.TraceId).HasMaxLength(32).IsUnicode(false);
            entity.Property(e => e.Resources).IsUnicode(false);
        });
        return modelBuilder;
    }
}
