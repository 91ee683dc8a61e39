using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.Infrastructure.Configurations;

public sealed class HouseholdConfiguration : IEntityTypeConfiguration<HouseholdRecord>
{
    public void Configure(EntityTypeBuilder<HouseholdRecord> entity)
    {
        entity.ToTable("Households");
        entity.HasKey(h => h.WomanId);
        entity.Property(h => h.WomanId).ValueGeneratedNever();
        entity.Property(h => h.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.OwnsMany(h => h.Children, children => children.ToJson());
        // Coverage: a county's active households with a child young enough, by a range of village codes.
        entity.HasIndex(h => new { h.VillageCode, h.YoungestChildBirth });
    }
}
