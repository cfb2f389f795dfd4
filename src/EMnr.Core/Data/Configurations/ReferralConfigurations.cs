using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Core.Referrals;
using EMnr.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EMnr.Core.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(20);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Service).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(Referral.TextMaxLength);
        builder.Property(r => r.DeclineReason).HasMaxLength(Referral.TextMaxLength);
        builder.Property(r => r.Outcome).HasMaxLength(Referral.TextMaxLength);
        builder.Property(r => r.CancelReason).HasMaxLength(Referral.TextMaxLength);
        builder.Property(r => r.Version).IsRowVersion();

        builder.HasIndex(r => r.Reference).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Sequence }).IsUnique();

        // Keyset pages of the inbox, the outbox and the Commission's overview, newest first.
        builder.HasIndex(r => new { r.ToInstitutionId, r.SentAt, r.Id }).IsDescending(false, true, true);
        builder.HasIndex(r => new { r.FromInstitutionId, r.SentAt, r.Id }).IsDescending(false, true, true);
        builder.HasIndex(r => new { r.SentAt, r.Id }).IsDescending(true, true);

        // The deadline job's scan and the access checks by report.
        builder.HasIndex(r => new { r.Status, r.AcknowledgeBy });
        builder.HasIndex(r => new { r.ReportId, r.ToInstitutionId });

        // Counts per status of the inbox and the outbox, and the reports and persons a live referral
        // opens to its recipient (CaseScope), read from the index alone.
        builder.HasIndex(r => new { r.ToInstitutionId, r.Status }).IncludeProperties(r => new { r.ReportId, r.AcknowledgeBy });
        builder.HasIndex(r => new { r.FromInstitutionId, r.Status }).IncludeProperties(r => new { r.AcknowledgeBy });

        builder.HasOne<Report>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(r => r.FromInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(r => r.ToInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Persons).WithOne().HasForeignKey(p => p.ReferralId);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_referrals_service", "(kind = 'Service') = (service IS NOT NULL)");
            t.HasCheckConstraint("ck_referrals_not_to_sender", "to_institution_id <> from_institution_id");
        });
    }
}

internal sealed class ReferralPersonConfiguration : IEntityTypeConfiguration<ReferralPerson>
{
    public void Configure(EntityTypeBuilder<ReferralPerson> builder)
    {
        builder.HasKey(p => new { p.ReferralId, p.PersonId });
        builder.Property(p => p.LegalBasis).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_referral_persons_basis",
            "(legal_basis = 'NoIdentity') = (NOT shares_identity) AND (legal_basis = 'Consent') = (consent_record_id IS NOT NULL)"));
    }
}

internal sealed class ReferralStatusChangeConfiguration : IEntityTypeConfiguration<ReferralStatusChange>
{
    public void Configure(EntityTypeBuilder<ReferralStatusChange> builder)
    {
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(Referral.TextMaxLength);
        builder.HasIndex(c => new { c.ReferralId, c.ChangedAt });
        builder.HasOne<Referral>().WithMany().HasForeignKey(c => c.ReferralId);
    }
}

internal sealed class ReferralOverdueFlagConfiguration : IEntityTypeConfiguration<ReferralOverdueFlag>
{
    public void Configure(EntityTypeBuilder<ReferralOverdueFlag> builder)
    {
        builder.HasKey(f => f.ReferralId);
        builder.HasOne<Referral>().WithOne().HasForeignKey<ReferralOverdueFlag>(f => f.ReferralId);
    }
}

internal sealed class ReferralCounterConfiguration : IEntityTypeConfiguration<ReferralCounter>
{
    public void Configure(EntityTypeBuilder<ReferralCounter> builder)
    {
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
