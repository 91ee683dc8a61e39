using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class CommendationRoundConfiguration : IEntityTypeConfiguration<CommendationRoundRecord>
{
    public void Configure(EntityTypeBuilder<CommendationRoundRecord> entity)
    {
        entity.ToTable("CommendationRounds");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.RequestId).HasMaxLength(64);
        entity.Property(r => r.Title).HasMaxLength(100);
        entity.Property(r => r.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(r => r.CreatedBy).HasMaxLength(120);
        entity.HasIndex(r => r.RequestId).IsUnique();
        entity.HasIndex(r => new { r.AreaCode, r.Id });
    }
}
