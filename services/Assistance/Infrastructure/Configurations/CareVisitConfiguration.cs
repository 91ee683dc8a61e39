using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class CareVisitConfiguration : IEntityTypeConfiguration<CareVisit>
{
    public void Configure(EntityTypeBuilder<CareVisit> entity)
    {
        entity.ToTable("CareVisits");
        entity.HasKey(v => v.Id);
        entity.Property(v => v.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(v => v.Visitor).HasMaxLength(100);
        entity.Property(v => v.Notes).HasMaxLength(1000);
        entity.Property(v => v.RecordedBy).HasMaxLength(100);
        entity.HasOne<Pairing>().WithMany().HasForeignKey(v => v.PairingId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(v => new { v.WomanId, v.Id });
    }
}
