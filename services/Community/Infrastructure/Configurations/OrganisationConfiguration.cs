using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<OrganisationRecord>
{
    public void Configure(EntityTypeBuilder<OrganisationRecord> entity)
    {
        entity.ToTable("Organisations");
        entity.HasKey(o => o.Id);
        entity.Property(o => o.RequestId).HasMaxLength(64);
        entity.Property(o => o.Name).HasMaxLength(100);
        entity.Property(o => o.CreditCode).HasMaxLength(18).IsUnicode(false);
        entity.Property(o => o.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(o => o.ContactName).HasMaxLength(50);
        entity.Property(o => o.ContactPhone).HasMaxLength(20);
        entity.HasIndex(o => o.RequestId).IsUnique();
        entity.HasIndex(o => o.CreditCode).IsUnique();
        entity.HasIndex(o => new { o.AreaCode, o.Id });
    }
}
