using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class WomanRecordConfiguration : IEntityTypeConfiguration<WomanRecord>
{
    public void Configure(EntityTypeBuilder<WomanRecord> entity)
    {
        entity.ToTable("Women");
        entity.HasKey(w => w.WomanId);
        entity.Property(w => w.WomanId).ValueGeneratedNever();
        entity.Property(w => w.VillageCode).HasMaxLength(12).IsUnicode(false);
        // Coverage gaps scan one area's active women.
        entity.HasIndex(w => new { w.VillageCode, w.WomanId });
    }
}
