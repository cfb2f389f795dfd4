using EMnr.Core.Crises;
using EMnr.Core.Geography;
using EMnr.Core.Imports;
using EMnr.Core.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EMnr.Core.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(10);
        builder.Property(r => r.NameFr).HasMaxLength(200);
        builder.Property(r => r.NameAr).HasMaxLength(200);
    }
}

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(10);
        builder.Property(p => p.RegionCode).HasMaxLength(10);
        builder.Property(p => p.NameFr).HasMaxLength(200);
        builder.Property(p => p.NameAr).HasMaxLength(200);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionCode);
    }
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(40);
        builder.Property(i => i.NameFr).HasMaxLength(300);
        builder.Property(i => i.NameAr).HasMaxLength(300);
        builder.PrimitiveCollection(i => i.Services).ElementType().HasConversion<string>();
        builder.Property(i => i.ContactEmail).HasMaxLength(254);
        builder.Property(i => i.ContactPhone).HasMaxLength(40);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasIndex(i => i.Code).IsUnique();
    }
}

internal sealed class CrisisConfiguration : IEntityTypeConfiguration<Crisis>
{
    public void Configure(EntityTypeBuilder<Crisis> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.NameFr).HasMaxLength(200);
        builder.Property(c => c.NameAr).HasMaxLength(200);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("ck_crises_window", "window_end >= window_start"));
    }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.FileName).HasMaxLength(260);
        builder.Property(b => b.ContentHash).HasMaxLength(64);
        builder.HasIndex(b => b.ContentHash);
    }
}
