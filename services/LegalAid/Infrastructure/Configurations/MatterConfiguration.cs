using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.LegalAid.Model;

namespace Suite.LegalAid.Infrastructure.Configurations;

public sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> entity)
    {
        entity.ToTable("Matters");
        entity.HasKey(m => m.Id);
        entity.Property(m => m.Version).IsConcurrencyToken();
        entity.Property(m => m.RequestId).HasMaxLength(64);
        entity.Property(m => m.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(m => m.Handler).HasMaxLength(100);
        entity.Property(m => m.HandlerName).HasMaxLength(50);
        entity.Property(m => m.RiskReason).HasMaxLength(200);
        entity.Property(m => m.CreatedBy).HasMaxLength(100);
        entity.OwnsMany(m => m.History, history => history.ToJson());
        entity.HasIndex(m => m.RequestId).IsUnique();
        entity.HasIndex(m => new { m.AreaCode, m.Id });
        entity.HasIndex(m => m.WomanId);
        // The overdue list: open red and yellow matters by follow-up deadline.
        entity.HasIndex(m => m.FollowUpDue).HasFilter("FollowUpDue IS NOT NULL");
    }
}
