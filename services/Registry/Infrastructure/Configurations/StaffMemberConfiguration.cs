using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure.Configurations;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> entity)
    {
        entity.ToTable("StaffMembers");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.Version).IsConcurrencyToken();
        entity.Property(s => s.CreateRequestId).HasMaxLength(64);
        entity.Property(s => s.Name).HasMaxLength(100);
        entity.Property(s => s.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(s => s.Position).HasMaxLength(100);
        entity.Ignore(s => s.Phone);
        entity.Property(s => s.PhoneCipher).HasMaxLength(120).IsUnicode(false);
        entity.HasIndex(s => s.CreateRequestId).IsUnique().HasFilter("CreateRequestId IS NOT NULL");
        entity.HasIndex(s => new { s.AreaCode, s.Id });
    }
}
