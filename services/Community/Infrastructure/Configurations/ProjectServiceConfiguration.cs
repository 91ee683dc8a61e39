using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class ProjectServiceConfiguration : IEntityTypeConfiguration<ProjectServiceRecord>
{
    public void Configure(EntityTypeBuilder<ProjectServiceRecord> entity)
    {
        entity.ToTable("ProjectServices");
        entity.HasKey(s => s.Id);
        entity.HasIndex(s => new { s.ProjectId, s.Kind }).IsUnique();
    }
}
