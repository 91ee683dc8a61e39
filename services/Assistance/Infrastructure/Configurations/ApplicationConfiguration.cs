using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;
using Suite.Assistance.Rules;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class ApplicationConfiguration : IEntityTypeConfiguration<AssistanceApplication>
{
    public void Configure(EntityTypeBuilder<AssistanceApplication> entity)
    {
        entity.ToTable("Applications");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Version).IsConcurrencyToken();
        entity.Property(a => a.RequestId).HasMaxLength(64);
        entity.Property(a => a.WomanName).HasMaxLength(100);
        entity.Property(a => a.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(a => a.ProgrammeCode).HasMaxLength(64).IsUnicode(false);
        entity.Property(a => a.SubmittedBy).HasMaxLength(100);
        entity.Property(a => a.EndingProposed).HasMaxLength(200);
        entity.OwnsMany(a => a.Eligibility, rules => rules.ToJson());
        entity.OwnsMany(a => a.History, history => history.ToJson());
        entity.HasOne<Programme>().WithMany().HasForeignKey(a => a.ProgrammeCode).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(a => a.RequestId).IsUnique();
        entity.HasIndex(a => new { a.VillageCode, a.Id });
        entity.HasIndex(a => a.WomanId);
        // No double benefits: one open application (submitted, under review, approved, active) per woman and
        // programme, so that concurrent creates cannot both win.
        entity.HasIndex(a => new { a.WomanId, a.ProgrammeCode }).IsUnique().HasFilter(ApplicationWorkflow.OpenFilter).HasDatabaseName("IX_Applications_OpenPerWomanAndProgramme");
    }
}
