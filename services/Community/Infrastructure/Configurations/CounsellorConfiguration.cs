using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class CounsellorConfiguration : IEntityTypeConfiguration<CounsellorRecord>
{
    public void Configure(EntityTypeBuilder<CounsellorRecord> entity)
    {
        entity.ToTable("Counsellors");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.RequestId).HasMaxLength(64);
        entity.Property(c => c.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(c => c.Subject).HasMaxLength(100);
        entity.Property(c => c.Name).HasMaxLength(50);
        entity.Property(c => c.Qualification).HasMaxLength(100);
        entity.Property(c => c.AddedBy).HasMaxLength(100);
        entity.HasIndex(c => c.RequestId).IsUnique();
        entity.HasIndex(c => new { c.PointId, c.Subject }).IsUnique();
    }
}
