using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure.Configurations;

public sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> entity)
    {
        entity.ToTable("ChangeRecords");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Field).HasMaxLength(64).IsUnicode(false);
        entity.Property(c => c.Reason).HasMaxLength(400);
        entity.Property(c => c.RecordedBy).HasMaxLength(100);
        entity.Property(c => c.RecordedBySubject).HasMaxLength(100);
        entity.HasOne<Woman>().WithMany().HasForeignKey(c => c.WomanId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(c => new { c.WomanId, c.Id });
    }
}
