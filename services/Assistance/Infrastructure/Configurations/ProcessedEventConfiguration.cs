using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class ProcessedEventConfiguration : IEntityTypeConfiguration<ProcessedEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedEvent> entity)
    {
        entity.ToTable("ProcessedEvents");
        entity.HasKey(e => new { e.Stream, e.EventId });
        entity.Property(e => e.Stream).HasMaxLength(64).IsUnicode(false);
    }
}
