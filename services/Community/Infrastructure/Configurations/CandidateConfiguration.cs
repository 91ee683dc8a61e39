using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class CandidateConfiguration : IEntityTypeConfiguration<CandidateRecord>
{
    public void Configure(EntityTypeBuilder<CandidateRecord> entity)
    {
        entity.ToTable("Candidates");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.RequestId).HasMaxLength(64);
        entity.Property(c => c.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(c => c.RecommendedBy).HasMaxLength(100);
        entity.Property(c => c.Version).IsConcurrencyToken();
        entity.HasIndex(c => c.RequestId).IsUnique();
        entity.HasIndex(c => new { c.ElectionId, c.WomanId }).IsUnique();
        // Statistics: women candidates and elected of an area.
        entity.HasIndex(c => c.VillageCode);
    }
}
