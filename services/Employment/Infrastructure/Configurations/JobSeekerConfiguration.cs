using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Employment.Model;

namespace Suite.Employment.Infrastructure.Configurations;

public sealed class JobSeekerConfiguration : IEntityTypeConfiguration<JobSeekerRecord>
{
    public void Configure(EntityTypeBuilder<JobSeekerRecord> entity)
    {
        entity.ToTable("JobSeekers");
        entity.HasKey(j => j.WomanId);
        entity.Property(j => j.WomanId).ValueGeneratedNever();
        entity.Property(j => j.VillageCode).HasMaxLength(12).IsUnicode(false);
        // Matching reads a county's job-seekers: a range of village codes.
        entity.HasIndex(j => j.VillageCode);
    }
}
