using EMnr.Core.Auditing;
using EMnr.Core.Communications;
using EMnr.Core.Crises;
using EMnr.Core.Geography;
using EMnr.Core.Identity;
using EMnr.Core.Imports;
using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Core.Referrals;
using EMnr.Core.Reports;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Core.Data;

/// <summary>The platform's unit of work: Identity, Data Protection keys and every domain record.</summary>
public sealed class EMnrDbContext(DbContextOptions<EMnrDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid, IdentityUserClaim<Guid>, IdentityUserRole<Guid>,
        IdentityUserLogin<Guid>, IdentityRoleClaim<Guid>, IdentityUserToken<Guid>>(options),
        IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<Crisis> Crises => Set<Crisis>();

    public DbSet<Communication> Communications => Set<Communication>();

    public DbSet<CommunicationRevision> CommunicationRevisions => Set<CommunicationRevision>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportPerson> ReportPersons => Set<ReportPerson>();

    public DbSet<ReportStatusChange> ReportStatusChanges => Set<ReportStatusChange>();

    public DbSet<ReportCounter> ReportCounters => Set<ReportCounter>();

    public DbSet<ReportAttachment> ReportAttachments => Set<ReportAttachment>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();

    public DbSet<PersonCorrection> PersonCorrections => Set<PersonCorrection>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Screening.ScreeningRecord> Screenings => Set<Screening.ScreeningRecord>();

    public DbSet<Screening.IndicatorGuideRecord> IndicatorGuides => Set<Screening.IndicatorGuideRecord>();

    public DbSet<Screening.IdentificationDecision> IdentificationDecisions => Set<Screening.IdentificationDecision>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();

    public DbSet<ScheduledJobRun> ScheduledJobRuns => Set<ScheduledJobRun>();

    public DbSet<Messaging.OutgoingEmail> OutgoingEmails => Set<Messaging.OutgoingEmail>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReferralPerson> ReferralPersons => Set<ReferralPerson>();

    public DbSet<ReferralStatusChange> ReferralStatusChanges => Set<ReferralStatusChange>();

    public DbSet<ReferralOverdueFlag> ReferralOverdueFlags => Set<ReferralOverdueFlag>();

    public DbSet<ReferralCounter> ReferralCounters => Set<ReferralCounter>();
    public DbSet<Invitation> Invitations => Set<Invitation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Identity names its tables explicitly (AspNetUsers...), which the snake_case convention
        // does not override; these names keep the whole schema in one style.
        builder.Entity<AppUser>().ToTable("asp_net_users");
        builder.Entity<AppRole>().ToTable("asp_net_roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("asp_net_user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("asp_net_user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("asp_net_user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("asp_net_user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("asp_net_role_claims");
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(EMnrDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names, so that the database reads without the code.
        configurationBuilder.Properties<Channel>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<CallerType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<CommunicationCategory>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ContactLanguage>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<RedirectDestination>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<InstitutionType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ProvinceKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ReportSource>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ReportStatus>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ReportPriority>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Sex>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<IdentificationStatus>().HaveConversion<string>().HaveMaxLength(40);
    }
}
