using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class SupervisionVisitConfiguration : IEntityTypeConfiguration<SupervisionVisitRecord>
{
    public void Configure(EntityTypeBuilder<SupervisionVisitRecord> entity)
    {
        entity.ToTable("Visits");
        entity.HasKey(v => v.Id);
        entity.Property(v => v.RequestId).HasMaxLength(64);
        entity.Property(v => v.CountyCode).HasMaxLength(6).IsUnicode(false);
        entity.Property(v => v.Unit).HasMaxLength(40).IsUnicode(false);
        entity.Property(v => v.Findings).HasMaxLength(1000);
        entity.Property(v => v.Rectification).HasMaxLength(500);
        entity.Property(v => v.ClosingNote).HasMaxLength(500);
        entity.Property(v => v.RecordedBy).HasMaxLength(100);
        entity.Property(v => v.Version).IsConcurrencyToken();
        entity.HasIndex(v => v.RequestId).IsUnique();
        entity.HasIndex(v => new { v.CountyCode, v.VisitDate });
    }
}
