using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class AssessmentChangeConfiguration : IEntityTypeConfiguration<AssessmentChangeRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentChangeRecord> entity)
    {
        entity.ToTable("AssessmentChanges");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.CountyCode).HasMaxLength(6).IsUnicode(false);
        entity.Property(c => c.What).HasMaxLength(20);
        entity.Property(c => c.Reason).HasMaxLength(200);
        entity.Property(c => c.ChangedBy).HasMaxLength(100);
        entity.HasIndex(c => new { c.CountyCode, c.Year, c.Id });
    }
}
