using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class BoardMemberConfiguration : IEntityTypeConfiguration<BoardMemberRecord>
{
    public void Configure(EntityTypeBuilder<BoardMemberRecord> entity)
    {
        entity.ToTable("BoardMembers");
        entity.HasKey(b => b.Id);
        entity.Property(b => b.RequestId).HasMaxLength(64);
        entity.Property(b => b.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(b => b.BoardName).HasMaxLength(50);
        entity.Property(b => b.Version).IsConcurrencyToken();
        entity.HasIndex(b => b.RequestId).IsUnique();
        entity.HasIndex(b => new { b.VillageCode, b.FromDate });
        entity.HasIndex(b => b.WomanId);
    }
}
