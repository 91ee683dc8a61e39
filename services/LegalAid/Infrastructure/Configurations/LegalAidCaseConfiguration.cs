using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.LegalAid.Model;

namespace Suite.LegalAid.Infrastructure.Configurations;

public sealed class LegalAidCaseConfiguration : IEntityTypeConfiguration<LegalAidCase>
{
    public void Configure(EntityTypeBuilder<LegalAidCase> entity)
    {
        entity.ToTable("AidCases");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Version).IsConcurrencyToken();
        entity.Property(a => a.RequestId).HasMaxLength(64);
        entity.Property(a => a.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(a => a.MeansTestExplanation).HasMaxLength(200);
        entity.Property(a => a.HardshipStatement).HasMaxLength(1000);
        entity.Property(a => a.DecisionReason).HasMaxLength(200);
        entity.Property(a => a.DecidedBy).HasMaxLength(100);
        entity.Property(a => a.ProviderName).HasMaxLength(50);
        entity.Property(a => a.Outcome).HasMaxLength(500);
        entity.Property(a => a.SubmittedBy).HasMaxLength(100);
        entity.HasIndex(a => a.RequestId).IsUnique();
        entity.HasIndex(a => new { a.AreaCode, a.Id });
    }
}
