using EMnr.Core.Data;
using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Core.Referrals;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Referrals;
using EMnr.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Seeding;

/// <summary>
/// Seeds two invented Commission reports with persons and five referrals in various states, so
/// that the demo inbox of Entraide Nationale (caseworker and manager accounts) and the reviewer's
/// outbox are not empty. One referral is past its acknowledgement deadline.
/// </summary>
internal static class DemoReferrals
{
    public static async Task SeedAsync(EMnrDbContext db, Guid reviewerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var institutions = await db.Institutions.ToDictionaryAsync(i => i.Code, cancellationToken);
        var commission = institutions[Core.ReferenceData.InstitutionSeeds.CommissionCode];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var first = await ReportAsync(db, commission.Id, reviewerId, now.AddDays(-6),
            "Deux enfants d'un douar sinistré ont été placés comme domestiques par un intermédiaire.", cancellationToken);
        var child = Person(db, first, commission.Id, reviewerId, "Amina Démo", "أمينة تجريبية", Sex.Female, new DateOnly(2012, 3, 14));
        var mother = Person(db, first, commission.Id, reviewerId, "Khadija Démo", "خديجة تجريبية", Sex.Female, new DateOnly(1988, 7, 2));
        var second = await ReportAsync(db, commission.Id, reviewerId, now.AddDays(-3),
            "Un homme recruté pour un chantier travaille sans salaire et sans papiers.", cancellationToken);
        var worker = Person(db, second, commission.Id, reviewerId, "Youssef Démo", "يوسف تجريبي", Sex.Male, new DateOnly(1995, 11, 20));

        var en = institutions["EN"];
        await ReferralAsync(db, first, commission, institutions["PMP"], ReferralKind.Judicial, null, child, LegalBasis.ChildProtection,
            ReferralStatus.Accepted, reviewerId, now.AddDays(-6), cancellationToken);
        await ReferralAsync(db, first, commission, en, ReferralKind.Service, ServiceKind.Shelter, mother, LegalBasis.NoIdentity,
            ReferralStatus.Sent, reviewerId, now.AddDays(-5), cancellationToken);
        await ReferralAsync(db, first, commission, en, ReferralKind.Service, ServiceKind.Education, child, LegalBasis.NoIdentity,
            ReferralStatus.Acknowledged, reviewerId, now.AddHours(-20), cancellationToken);
        await ReferralAsync(db, second, commission, en, ReferralKind.Service, ServiceKind.PsychologicalSupport, worker, LegalBasis.NoIdentity,
            ReferralStatus.Sent, reviewerId, now.AddHours(-2), cancellationToken);
        await ReferralAsync(db, second, commission, institutions["GR"], ReferralKind.Security, null, worker, LegalBasis.LawEnforcement,
            ReferralStatus.InProgress, reviewerId, now.AddDays(-3), cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<Report> ReportAsync(
        EMnrDbContext db, Guid commissionId, Guid reviewerId, DateTimeOffset createdAt, string narrative, CancellationToken cancellationToken)
    {
        var year = MoroccoTime.ToLocalDate(createdAt).Year;
        var (sequence, reference) = await ReportNumbering.NextAsync(db, year, cancellationToken);
        var report = new Report
        {
            Id = Guid.CreateVersion7(),
            Reference = reference,
            Year = year,
            Sequence = sequence,
            Source = ReportSource.Commission,
            ProvinceCode = "MA-HAO",
            FactsFrom = new DateOnly(2023, 9, 20),
            Narrative = narrative,
            ExploitationForms = [ExploitationForm.DomesticServitude, ExploitationForm.ForcedLabour],
            Priority = ReportPriority.Urgent,
            Status = ReportStatus.Referred,
            InstitutionId = commissionId,
            CreatedBy = reviewerId,
            CreatedAt = createdAt,
        };
        db.Reports.Add(report);
        db.ReportStatusChanges.Add(new ReportStatusChange { ReportId = report.Id, To = ReportStatus.New, ChangedBy = reviewerId, ChangedAt = createdAt });
        db.ReportStatusChanges.Add(new ReportStatusChange
        {
            ReportId = report.Id,
            From = ReportStatus.New,
            To = ReportStatus.Referred,
            ChangedBy = reviewerId,
            ChangedAt = createdAt.AddHours(1),
        });
        return report;
    }

    private static Person Person(EMnrDbContext db, Report report, Guid commissionId, Guid reviewerId, string nameLatin, string nameArabic, Sex sex, DateOnly dateOfBirth)
    {
        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            Code = PersonCodes.Next(),
            NameLatin = nameLatin,
            NameArabic = nameArabic,
            NameSearch = NameFolding.ForPerson(nameLatin, nameArabic),
            Sex = sex,
            DateOfBirth = dateOfBirth,
            Nationality = "MA",
            ProvinceCode = "MA-HAO",
            Vulnerabilities = [Vulnerability.AffectedByEarthquake],
            IdentificationStatus = IdentificationStatus.PotentialVictim,
            InstitutionId = commissionId,
            CreatedBy = reviewerId,
            CreatedAt = report.CreatedAt,
        };
        db.Persons.Add(person);
        report.Persons.Add(new ReportPerson { ReportId = report.Id, PersonId = person.Id, AddedAt = report.CreatedAt });
        return person;
    }

    private static async Task ReferralAsync(
        EMnrDbContext db, Report report, Institution from, Institution to, ReferralKind kind, ServiceKind? service, Person person,
        LegalBasis basis, ReferralStatus status, Guid reviewerId, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var child = Age.ChildRuleApplies(person, report.FactsFrom, MoroccoTime.ToLocalDate(sentAt));
        var year = MoroccoTime.ToLocalDate(sentAt).Year;
        var (sequence, reference) = await ReferralNumbering.NextAsync(db, year, cancellationToken);
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(),
            Reference = reference,
            Year = year,
            Sequence = sequence,
            Kind = kind,
            Service = service,
            ReportId = report.Id,
            FromInstitutionId = from.Id,
            SentByCommission = true,
            ToInstitutionId = to.Id,
            Urgent = child,
            Reason = kind == ReferralKind.Service ? "Prise en charge demandée après l'entretien initial." : "Signalement transmis pour enquête et protection.",
            Status = status,
            SentBy = reviewerId,
            SentAt = sentAt,
            AcknowledgeBy = sentAt.AddHours(child ? 24 : 72),
            AcknowledgedAt = status == ReferralStatus.Sent ? null : sentAt.AddHours(3),
            UpdatedAt = sentAt,
            Persons =
            [
                new ReferralPerson { PersonId = person.Id, Child = child, SharesIdentity = basis != LegalBasis.NoIdentity, LegalBasis = basis },
            ],
        };
        db.Referrals.Add(referral);
        db.ReferralStatusChanges.Add(new ReferralStatusChange
        {
            ReferralId = referral.Id,
            To = ReferralStatus.Sent,
            ChangedBy = reviewerId,
            InstitutionId = from.Id,
            ChangedAt = sentAt,
        });
        if (status != ReferralStatus.Sent)
        {
            // The recipient's own steps are not invented: the history shows one change made for it.
            db.ReferralStatusChanges.Add(new ReferralStatusChange
            {
                ReferralId = referral.Id,
                From = ReferralStatus.Sent,
                To = status,
                ChangedBy = reviewerId,
                InstitutionId = to.Id,
                ChangedAt = sentAt.AddHours(3),
                Note = "Données de démonstration",
            });
        }
    }
}
