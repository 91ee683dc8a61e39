using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class BenefitConfiguration : IEntityTypeConfiguration<Benefit>
{
    public void Configure(EntityTypeBuilder<Benefit> entity)
    {
        entity.ToTable("Benefits");
        entity.HasKey(b => b.Id);
        entity.Property(b => b.Version).IsConcurrencyToken();
        entity.Property(b => b.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(b => b.ProgrammeCode).HasMaxLength(64).IsUnicode(false);
        entity.Property(b => b.Month).HasMaxLength(7).IsUnicode(false);
        entity.Property(b => b.Note).HasMaxLength(400);
        entity.Property(b => b.RecordedBy).HasMaxLength(100);
        entity.HasOne<AssistanceApplication>().WithMany().HasForeignKey(b => b.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(b => new { b.ApplicationId, b.Id });
        // Disbursement per month in an area.
        entity.HasIndex(b => new { b.VillageCode, b.Month });
        // "Was she diagnosed?" (a rule input of every application create) and the coverage query's diagnosed women:
        // without it both scan every benefit ever delivered.
        entity.HasIndex(b => new { b.ScreeningResult, b.WomanId });
    }
}
