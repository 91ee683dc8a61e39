using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> entity)
    {
        entity.ToTable("Programmes");
        entity.HasKey(p => p.Code);
        entity.Property(p => p.Code).HasMaxLength(64).IsUnicode(false);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.Property(p => p.Name).HasMaxLength(100);
        entity.Property(p => p.LeadDepartment).HasMaxLength(50).IsUnicode(false);
        entity.Property(p => p.RulesJson).HasMaxLength(4000);
        entity.Property(p => p.Description).HasMaxLength(1000);
    }
}
