using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Employment.Model;

namespace Suite.Employment.Infrastructure.Configurations;

public sealed class EmployerConfiguration : IEntityTypeConfiguration<EmployerRecord>
{
    public void Configure(EntityTypeBuilder<EmployerRecord> entity)
    {
        entity.ToTable("Employers");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.RequestId).HasMaxLength(64);
        entity.Property(e => e.Name).HasMaxLength(100);
        entity.Property(e => e.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.HasIndex(e => e.RequestId).IsUnique();
    }
}
