using EMnr.Core.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EMnr.Core.Data.Configurations;

internal sealed class CommunicationConfiguration : IEntityTypeConfiguration<Communication>
{
    public void Configure(EntityTypeBuilder<Communication> builder)
    {
        builder.Property(c => c.Summary).HasMaxLength(Communication.SummaryMaxLength);
        builder.Property(c => c.SummarySearch).HasMaxLength(Communication.SummaryMaxLength * 2);
        builder.Property(c => c.ProvinceCode).HasMaxLength(10);
        builder.Property(c => c.ImportKey).HasMaxLength(64);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.IsRedirection);

        builder.HasOne(c => c.Province).WithMany().HasForeignKey(c => c.ProvinceCode);
        builder.HasOne(c => c.Crisis).WithMany().HasForeignKey(c => c.CrisisId);
        builder.HasOne(c => c.Institution).WithMany().HasForeignKey(c => c.InstitutionId)
            .OnDelete(DeleteBehavior.Restrict);

        // Keyset pagination: newest first, ties broken by id.
        builder.HasIndex(c => new { c.ReceivedAt, c.Id }).IsDescending(true, true);
        builder.HasIndex(c => new { c.InstitutionId, c.ReceivedAt, c.Id }).IsDescending(false, true, true);
        // Crisis figures read every column they group by from this index alone.
        builder.HasIndex(c => new { c.CrisisId, c.ReceivedAt })
            .IncludeProperties(c => new { c.Category, c.Channel, c.ProvinceCode, c.RedirectedTo })
            .HasFilter("crisis_id IS NOT NULL");
        builder.HasIndex(c => new { c.Category, c.ReceivedAt, c.Id }).IsDescending(false, true, true);
        builder.HasIndex(c => c.ImportKey).IsUnique();
        builder.HasIndex(c => c.ReceivedAt, "ix_communications_retention").HasDatabaseName("ix_communications_retention").HasFilter("anonymised_at IS NULL");
        builder.HasIndex(c => c.ReceivedAt)
            .HasFilter("category = 'SuspectedTrafficking' AND report_id IS NULL")
            .HasDatabaseName("ix_communications_reports_to_open");
        builder.HasIndex(c => c.SummarySearch)
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops");

        builder.ToTable(t => t.HasCheckConstraint(
            "ck_communications_redirection",
            "(category = 'OtherOffenceRedirected') = (redirected_to IS NOT NULL)"));
    }
}
