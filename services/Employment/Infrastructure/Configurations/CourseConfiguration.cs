using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Employment.Model;

namespace Suite.Employment.Infrastructure.Configurations;

public sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> entity)
    {
        entity.ToTable("Courses");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.RequestId).HasMaxLength(64);
        entity.Property(c => c.Name).HasMaxLength(100);
        entity.Property(c => c.Provider).HasMaxLength(100);
        entity.Property(c => c.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.HasIndex(c => c.RequestId).IsUnique();
        entity.HasIndex(c => new { c.AreaCode, c.Id });
    }
}
