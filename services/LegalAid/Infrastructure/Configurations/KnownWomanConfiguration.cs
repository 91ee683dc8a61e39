using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.LegalAid.Model;

namespace Suite.LegalAid.Infrastructure.Configurations;

public sealed class KnownWomanConfiguration : IEntityTypeConfiguration<KnownWoman>
{
    public void Configure(EntityTypeBuilder<KnownWoman> entity)
    {
        entity.ToTable("Women");
        entity.HasKey(w => w.WomanId);
        entity.Property(w => w.WomanId).ValueGeneratedNever();
        entity.Property(w => w.VillageCode).HasMaxLength(12).IsUnicode(false);
    }
}
