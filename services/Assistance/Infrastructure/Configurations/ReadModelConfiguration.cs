using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class WomanRecordConfiguration : IEntityTypeConfiguration<WomanRecord>
{
    public void Configure(EntityTypeBuilder<WomanRecord> entity)
    {
        entity.ToTable("Women");
        entity.HasKey(w => w.WomanId);
        entity.Property(w => w.WomanId).ValueGeneratedNever();
        entity.Property(w => w.VillageCode).HasMaxLength(12).IsUnicode(false);
        // Coverage gaps scan one area's active women.
        entity.HasIndex(w => new { w.VillageCode, w.WomanId });
    }
}

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> entity)
    {
        entity.ToTable("Referrals");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(r => r.Reason).HasMaxLength(400);
        entity.HasIndex(r => r.SourceEventId).IsUnique().HasFilter("SourceEventId IS NOT NULL");
        entity.HasIndex(r => new { r.VillageCode, r.Id });
        // "Has she an open referral?" is asked for every woman flagged priority: without it each event scanned the table.
        entity.HasIndex(r => new { r.WomanId, r.Open });
    }
}

public sealed class ProcessedEventConfiguration : IEntityTypeConfiguration<ProcessedEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedEvent> entity)
    {
        entity.ToTable("ProcessedEvents");
        entity.HasKey(e => new { e.Stream, e.EventId });
        entity.Property(e => e.Stream).HasMaxLength(64).IsUnicode(false);
    }
}
