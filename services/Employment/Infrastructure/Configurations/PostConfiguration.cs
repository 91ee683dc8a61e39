using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Employment.Model;

namespace Suite.Employment.Infrastructure.Configurations;

public sealed class PostConfiguration : IEntityTypeConfiguration<PostRecord>
{
    public void Configure(EntityTypeBuilder<PostRecord> entity)
    {
        entity.ToTable("Posts");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.Property(p => p.RequestId).HasMaxLength(64);
        entity.Property(p => p.Title).HasMaxLength(100);
        entity.Property(p => p.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(p => p.DemonstrationSite).HasMaxLength(100);
        entity.HasOne<EmployerRecord>().WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(p => p.RequestId).IsUnique();
        entity.HasIndex(p => new { p.AreaCode, p.Id });
    }
}
