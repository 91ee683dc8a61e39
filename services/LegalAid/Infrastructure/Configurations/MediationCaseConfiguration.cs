using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.LegalAid.Model;

namespace Suite.LegalAid.Infrastructure.Configurations;

public sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> entity)
    {
        entity.ToTable("Mediations");
        entity.HasKey(m => m.Id);
        entity.Property(m => m.Version).IsConcurrencyToken();
        entity.Property(m => m.RequestId).HasMaxLength(64);
        entity.Property(m => m.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(m => m.Committee).HasMaxLength(100);
        entity.Property(m => m.Mediator).HasMaxLength(50);
        entity.OwnsMany(m => m.Sessions, sessions => sessions.ToJson());
        entity.HasOne<Matter>().WithMany().HasForeignKey(m => m.MatterId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(m => m.RequestId).IsUnique();
        entity.HasIndex(m => new { m.AreaCode, m.Id });
    }
}
