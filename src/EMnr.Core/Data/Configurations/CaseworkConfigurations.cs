using EMnr.Core.Auditing;
using EMnr.Core.Communications;
using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EMnr.Core.Data.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(20);
        builder.Property(r => r.ProvinceCode).HasMaxLength(10);
        builder.Property(r => r.Commune).HasMaxLength(200);
        builder.Property(r => r.Narrative).HasMaxLength(Report.NarrativeMaxLength);
        builder.Property(r => r.IndicatorsObserved).HasMaxLength(4000);
        builder.Property(r => r.PerpetratorsDescription).HasMaxLength(4000);
        builder.Property(r => r.ClosedReason).HasMaxLength(1000);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Property(r => r.ExploitationForms).HasColumnType("text[]")
            .HasConversion(
                forms => forms.Select(f => f.ToString()).ToArray(),
                names => names.Select(Enum.Parse<ExploitationForm>).ToList(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<ExploitationForm>>(
                    (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, HashCode.Combine), l => l.ToList()));

        builder.HasIndex(r => r.Reference).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.CreatedAt, r.Id }).IsDescending(true, true);
        builder.HasIndex(r => new { r.InstitutionId, r.CreatedAt, r.Id }).IsDescending(false, true, true);
        builder.HasIndex(r => new { r.Status, r.CreatedAt });

        // The workbench's "mine" filter: assigned to the user or created by them.
        builder.HasIndex(r => r.AssignedReviewerId);
        builder.HasIndex(r => r.CreatedBy);
        builder.HasIndex(r => r.CommunicationId).IsUnique();
        builder.HasIndex(r => r.CreatedAt, "ix_reports_retention").HasDatabaseName("ix_reports_retention").HasFilter("anonymised_at IS NULL");
        builder.HasOne<Communication>().WithMany().HasForeignKey(r => r.CommunicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(r => r.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Persons).WithOne().HasForeignKey(p => p.ReportId);
        builder.ToTable(t => t.HasCheckConstraint("ck_reports_facts_period", "facts_to IS NULL OR facts_from IS NULL OR facts_to >= facts_from"));
    }
}

internal sealed class ReportPersonConfiguration : IEntityTypeConfiguration<ReportPerson>
{
    public void Configure(EntityTypeBuilder<ReportPerson> builder)
    {
        builder.HasKey(rp => new { rp.ReportId, rp.PersonId });
        builder.HasIndex(rp => rp.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(rp => rp.PersonId);
    }
}

internal sealed class ReportStatusChangeConfiguration : IEntityTypeConfiguration<ReportStatusChange>
{
    public void Configure(EntityTypeBuilder<ReportStatusChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(1000);
        builder.HasIndex(c => new { c.ReportId, c.ChangedAt });
        builder.HasOne<Report>().WithMany().HasForeignKey(c => c.ReportId);
    }
}

internal sealed class ReportCounterConfiguration : IEntityTypeConfiguration<ReportCounter>
{
    public void Configure(EntityTypeBuilder<ReportCounter> builder)
    {
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(12);
        builder.Property(p => p.NameLatin).HasMaxLength(200);
        builder.Property(p => p.NameArabic).HasMaxLength(200);
        builder.Property(p => p.NameSearch).HasMaxLength(1000);
        builder.Property(p => p.Nationality).HasMaxLength(2).IsFixedLength();
        builder.Property(p => p.ProvinceCode).HasMaxLength(10);
        builder.Property(p => p.GuardianName).HasMaxLength(200);
        builder.Property(p => p.GuardianRelation).HasMaxLength(100);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.Vulnerabilities).HasColumnType("text[]")
            .HasConversion(
                list => list.Select(v => v.ToString()).ToArray(),
                names => names.Select(Enum.Parse<Vulnerability>).ToList(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<Vulnerability>>(
                    (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, HashCode.Combine), l => l.ToList()));
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => new { p.InstitutionId, p.CreatedAt, p.Id });
        builder.HasIndex(p => p.NameSearch).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(p => p.DateOfBirth);
        builder.HasIndex(p => p.CreatedAt, "ix_persons_retention").HasDatabaseName("ix_persons_retention").HasFilter("anonymised_at IS NULL");
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_persons_age_range",
                "estimated_age_min IS NULL OR estimated_age_max IS NULL OR estimated_age_min <= estimated_age_max");
            t.HasCheckConstraint("ck_persons_age_bounds",
                "(estimated_age_min IS NULL OR estimated_age_min BETWEEN 0 AND 120) AND (estimated_age_max IS NULL OR estimated_age_max BETWEEN 0 AND 120)");
        });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.EntityType).HasMaxLength(40);
        builder.Property(a => a.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        builder.Property(a => a.ChangedProperties).HasMaxLength(AuditEntry.ChangedPropertiesMaxLength);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.CorrelationId).HasMaxLength(64);

        // Set by the chain trigger; the insert leaves them out and reads them back.
        builder.Property(a => a.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired().ValueGeneratedOnAdd();
        builder.Property(a => a.Hash).HasMaxLength(64).IsFixedLength().IsRequired().ValueGeneratedOnAdd();

        // The audit browser lists newest first by id, the chain order, within each filter.
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.Id });
        builder.HasIndex(a => new { a.UserId, a.Id });
        builder.HasIndex(a => new { a.InstitutionId, a.Id });
        builder.HasIndex(a => new { a.Action, a.Id });
        builder.HasIndex(a => a.At);
    }
}

internal sealed class ScreeningRecordConfiguration : IEntityTypeConfiguration<Screening.ScreeningRecord>
{
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Screening.ScreeningRecord> builder)
    {
        builder.ToTable("screenings");
        builder.Property(s => s.GuideVersion).HasMaxLength(20);
        builder.Property(s => s.List).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.SuggestedOutcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ConcludedOutcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.OverrideReason).HasMaxLength(2000);
        builder.Property(s => s.Ticked).HasColumnType("jsonb").HasConversion(
            list => System.Text.Json.JsonSerializer.Serialize(list, JsonOptions),
            json => System.Text.Json.JsonSerializer.Deserialize<List<Screening.TickedIndicator>>(json, JsonOptions) ?? new List<Screening.TickedIndicator>(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<Screening.TickedIndicator>>(
                (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, HashCode.Combine), l => l.ToList()));
        builder.HasIndex(s => new { s.PersonId, s.ScreenedAt });
        builder.HasOne<Report>().WithMany().HasForeignKey(s => s.ReportId);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId);
    }
}

internal sealed class IdentificationDecisionConfiguration : IEntityTypeConfiguration<Screening.IdentificationDecision>
{
    public void Configure(EntityTypeBuilder<Screening.IdentificationDecision> builder)
    {
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.HasIndex(d => new { d.PersonId, d.DecidedAt });
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId);
        builder.HasOne<Report>().WithMany().HasForeignKey(d => d.ReportId);
        builder.HasOne<Screening.ScreeningRecord>().WithMany().HasForeignKey(d => d.ScreeningId);
    }
}

internal sealed class ReportAttachmentConfiguration : IEntityTypeConfiguration<ReportAttachment>
{
    public void Configure(EntityTypeBuilder<ReportAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.HasIndex(a => new { a.ReportId, a.UploadedAt });
        builder.HasOne<Report>().WithMany().HasForeignKey(a => a.ReportId);
    }
}

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> builder)
    {
        builder.Property(m => m.Reason).HasMaxLength(2000);
        builder.HasIndex(m => m.MergedId);
        builder.HasIndex(m => m.SurvivorId);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.SurvivorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.MergedId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorGuideRecordConfiguration : IEntityTypeConfiguration<Screening.IndicatorGuideRecord>
{
    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public void Configure(EntityTypeBuilder<Screening.IndicatorGuideRecord> builder)
    {
        builder.ToTable("indicator_guide_versions");
        builder.HasKey(g => g.Version);
        builder.Property(g => g.Version).HasMaxLength(20);
        builder.Property(g => g.Indicators).HasColumnType("jsonb").HasConversion(
            list => System.Text.Json.JsonSerializer.Serialize(list, JsonOptions),
            json => System.Text.Json.JsonSerializer.Deserialize<List<Screening.Indicator>>(json, JsonOptions) ?? new List<Screening.Indicator>(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<Screening.Indicator>>(
                (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, HashCode.Combine), l => l.ToList()));
        builder.HasIndex(g => g.PublishedAt);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.Property(c => c.Evidence).HasMaxLength(500);
        builder.Property(c => c.WithdrawalReason).HasMaxLength(1000);
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.GivenBy).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institutions.Institution>().WithMany().HasForeignKey(c => c.RecipientInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PersonId, c.GivenAt });
        builder.ToTable(t => t.HasCheckConstraint("ck_consent_records_one_recipient",
            "(recipient_institution_id IS NULL) <> (recipient_type IS NULL)"));
    }
}
