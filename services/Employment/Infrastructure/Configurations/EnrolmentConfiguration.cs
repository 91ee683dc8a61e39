using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Employment.Model;

namespace Suite.Employment.Infrastructure.Configurations;

public sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> entity)
    {
        entity.ToTable("Enrolments");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Version).IsConcurrencyToken();
        entity.Property(e => e.RequestId).HasMaxLength(64);
        entity.Property(e => e.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => e.RequestId).IsUnique();
        // One enrolment per woman and course: a second answers ALREADY_EXISTS, also when two race.
        entity.HasIndex(e => new { e.CourseId, e.WomanId }).IsUnique();
        entity.HasIndex(e => e.WomanId);
        entity.HasIndex(e => new { e.VillageCode, e.EnrolledAt });
    }
}
