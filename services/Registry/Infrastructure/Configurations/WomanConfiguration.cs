using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure.Configurations;

public sealed class WomanConfiguration : IEntityTypeConfiguration<Woman>
{
    public void Configure(EntityTypeBuilder<Woman> entity)
    {
        entity.ToTable("Women");
        entity.HasKey(w => w.Id);
        entity.Property(w => w.Version).IsConcurrencyToken();

        // Lengths are in UTF-16 units: twice the character limits, since names may use characters outside the BMP.
        entity.Property(w => w.CreateRequestId).HasMaxLength(64);
        entity.Property(w => w.Name).HasMaxLength(100);
        // Personal identifiers are stored encrypted only (see Woman.Seal); the plain values never reach the database.
        entity.Ignore(w => w.ResidentIdNumber);
        entity.Ignore(w => w.Phone);
        entity.Property(w => w.ResidentIdCipher).HasMaxLength(120).IsUnicode(false);
        entity.Property(w => w.ResidentIdHash).HasMaxLength(44).IsUnicode(false);
        entity.Property(w => w.PhoneCipher).HasMaxLength(120).IsUnicode(false);
        entity.Property(w => w.Ethnicity).HasMaxLength(40);
        entity.Property(w => w.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(w => w.Address).HasMaxLength(400);
        entity.Property(w => w.HusbandName).HasMaxLength(100);
        entity.Property(w => w.HusbandWorkLocation).HasMaxLength(200);
        entity.Property(w => w.CollectedBy).HasMaxLength(100);
        entity.Property(w => w.ExitNote).HasMaxLength(400);
        entity.Property(w => w.AssessedBy).HasMaxLength(100);
        entity.Property(w => w.AssessmentNotes).HasMaxLength(1000);
        entity.OwnsMany(w => w.HouseholdMembers, members => members.ToJson());

        // One woman per ID number; creates retried with the same request id find the first.
        entity.HasIndex(w => w.ResidentIdHash).IsUnique();
        entity.HasIndex(w => w.CreateRequestId).IsUnique().HasFilter("CreateRequestId IS NOT NULL");
        // The ledger order and area-prefix range scans: (village, id).
        entity.HasIndex(w => new { w.VillageCode, w.Id });
        // Overdue visits: the earliest next-visit dates first.
        entity.HasIndex(w => new { w.NextVisitDate, w.Id }).HasFilter("NextVisitDate IS NOT NULL");
        // The need-referral loop's work: few rows at a time, found without a scan.
        entity.HasIndex(w => w.Id).HasFilter("NeedsPending = 1").HasDatabaseName("IX_Women_NeedsPending");
    }
}
