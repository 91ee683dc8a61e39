using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class ServedWomanConfiguration : IEntityTypeConfiguration<ServedWomanRecord>
{
    public void Configure(EntityTypeBuilder<ServedWomanRecord> entity)
    {
        entity.ToTable("ServedWomen");
        entity.HasKey(s => s.Id);
        entity.HasIndex(s => new { s.HoursLogId, s.WomanId }).IsUnique();
        entity.HasIndex(s => new { s.ProjectId, s.WomanId });
        entity.HasIndex(s => s.WomanId);
    }
}
