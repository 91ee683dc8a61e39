using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> entity)
    {
        entity.ToTable("Tasks");
        entity.HasKey(t => t.Id);
        entity.Property(t => t.RequestId).HasMaxLength(64);
        entity.Property(t => t.Number).HasMaxLength(20);
        entity.Property(t => t.Content).HasMaxLength(500);
        entity.Property(t => t.LeadUnit).HasMaxLength(40).IsUnicode(false);
        entity.Property(t => t.ResponsiblePerson).HasMaxLength(50);
        entity.Property(t => t.MeasuredBy).HasMaxLength(200);
        entity.Property(t => t.Version).IsConcurrencyToken();
        entity.OwnsMany(t => t.Milestones, milestones => milestones.ToJson());
        entity.HasIndex(t => t.RequestId).IsUnique();
        entity.HasIndex(t => new { t.PlanId, t.Number }).IsUnique();
    }
}
