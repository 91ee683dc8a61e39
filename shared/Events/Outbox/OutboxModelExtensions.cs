using Microsoft.EntityFrameworkCore;

namespace Suite.Events;

public static class OutboxModelExtensions
{
    /// <summary>Adds the outbox table to a service's model; call from <c>OnModelCreating</c>.</summary>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(entity =>
        {
            entity.ToTable("OutboxMessages");
            entity.HasKey(m => m.Id);
            entity.Property(m => m.EventType).HasMaxLength(200).IsUnicode(false);
            entity.Property(m => m.Payload).IsRequired();
            // The relay reads "unpublished, oldest first"; the filtered index keeps that cheap as the table grows.
            entity.HasIndex(m => m.Id).HasFilter("PublishedAt IS NULL").HasDatabaseName("IX_OutboxMessages_Unpublished");
        });
        return modelBuilder;
    }
}
