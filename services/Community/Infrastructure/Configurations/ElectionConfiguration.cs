using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class ElectionConfiguration : IEntityTypeConfiguration<ElectionRecord>
{
    public void Configure(EntityTypeBuilder<ElectionRecord> entity)
    {
        entity.ToTable("Elections");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.RequestId).HasMaxLength(64);
        entity.Property(e => e.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.HasIndex(e => e.RequestId).IsUnique();
        // One election per village, committee and term.
        entity.HasIndex(e => new { e.VillageCode, e.Body, e.TermStartYear }).IsUnique();
    }
}
