using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.LegalAid.Model;

namespace Suite.LegalAid.Infrastructure.Configurations;

public sealed class PoliceReferralConfiguration : IEntityTypeConfiguration<PoliceReferralRecord>
{
    public void Configure(EntityTypeBuilder<PoliceReferralRecord> entity)
    {
        entity.ToTable("PoliceReferrals");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Version).IsConcurrencyToken();
        entity.Property(r => r.RequestId).HasMaxLength(64);
        entity.Property(r => r.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(r => r.Station).HasMaxLength(100);
        entity.Property(r => r.Feedback).HasMaxLength(500);
        entity.HasOne<Matter>().WithMany().HasForeignKey(r => r.MatterId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(r => r.RequestId).IsUnique();
        entity.HasIndex(r => new { r.AreaCode, r.Id });
    }
}
