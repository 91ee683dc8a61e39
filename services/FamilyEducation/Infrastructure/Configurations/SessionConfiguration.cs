using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.Infrastructure.Configurations;

public sealed class SessionConfiguration : IEntityTypeConfiguration<SessionRecord>
{
    public void Configure(EntityTypeBuilder<SessionRecord> entity)
    {
        entity.ToTable("GuidanceSessions");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(s => s.Note).HasMaxLength(500);
        entity.HasOne<PairingRecord>().WithMany().HasForeignKey(s => s.PairingId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.WomanId, s.Date });
        entity.HasIndex(s => s.PairingId);
    }
}
