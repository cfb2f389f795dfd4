using System.Security.Claims;
using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Institutions;
using EMnr.Core.Notifications;
using EMnr.Core.Persons;
using EMnr.Core.Referrals;
using EMnr.Core.Reports;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Notifications;
using EMnr.Web.Features.Persons;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Features.Referrals;

/// <summary>
/// Sends referrals. Checks the recipient, the persons and, person by person, the legal basis for
/// sharing the identity: the law for the prosecutor, the police and the gendarmerie, consent from
/// the ledger for a service. The referral, its first history entry, the audit entry and the
/// recipient's notification are saved together.
/// </summary>
public sealed partial class ReferralSender(
    EMnrDbContext db,
    CaseScope scope,
    ConsentLedger consents,
    Notifier notifier,
    AuditLog audit,
    IClock clock,
    IOptions<ReferralOptions> options,
    ILogger<ReferralSender> logger)
{
    public async Task<ReferralOutcome> SendAsync(ReferralRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var (kind, service) = ParseKind(request, errors);
        var senderId = user.GetInstitutionId();
        var sender = await db.Institutions.AsNoTracking().FirstAsync(i => i.Id == senderId, cancellationToken);
        var recipient = await FindRecipientAsync(request, kind, service, senderId, errors, cancellationToken);

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors[nameof(ReferralRequest.Reason)] = ["Give the reason for the referral and what the recipient is asked to do."];
        }
        else if (request.Reason.Length > Referral.TextMaxLength || !TextRules.HasNoControlCharacters(request.Reason))
        {
            errors[nameof(ReferralRequest.Reason)] = ["The reason is limited to 2,000 characters of text."];
        }

        Report? report = null;
        if (request.ReportId is not { } reportId
            || (report = await scope.Reports(user).FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken)) is null)
        {
            errors[nameof(ReferralRequest.ReportId)] = ["No such report, or it is outside your institution's cases."];
        }

        var now = clock.UtcNow;
        var persons = report is null ? [] : await CheckPersonsAsync(request, report, kind, recipient, service, user, now, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return ReferralOutcome.Invalid(errors);
        }

        var referral = await SaveAsync(request, kind!.Value, service, report!, sender, recipient!, persons, user, now, cancellationToken);
        LogSent(logger, referral.Id, referral.Reference, recipient!.Id);
        return new ReferralOutcome(referral, new Dictionary<string, string[]>());
    }

    private async Task<Referral> SaveAsync(
        ReferralRequest request, ReferralKind kind, ServiceKind? service, Report report, Institution sender, Institution recipient,
        List<ReferralPerson> persons, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;

        // A referral of a child is urgent whatever is sent, like a report about a child.
        var urgent = persons.Any(p => p.Child) || request.Urgent == true;
        var year = MoroccoTime.ToLocalDate(now).Year;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
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
            FromInstitutionId = sender.Id,
            SentByCommission = sender.Type == InstitutionType.Commission,
            ToInstitutionId = recipient.Id,
            Urgent = urgent,
            Reason = request.Reason!.Trim(),
            Status = ReferralStatus.Sent,
            SentBy = user.GetUserId(),
            SentAt = now,
            AcknowledgeBy = ReferralRules.AcknowledgeBy(now, urgent, settings.UrgentAcknowledgeHours, settings.StandardAcknowledgeHours),
            UpdatedAt = now,
            Persons = persons,
        };
        db.Referrals.Add(referral);
        db.ReferralStatusChanges.Add(new ReferralStatusChange
        {
            ReferralId = referral.Id,
            To = ReferralStatus.Sent,
            ChangedBy = referral.SentBy,
            InstitutionId = sender.Id,
            ChangedAt = now,
        });
        audit.Add(user, AuditActions.ReferralSent, "referral", referral.Id);
        await notifier.NotifyInstitutionAsync(recipient.Id, NotificationKinds.ReferralReceived, referral.Reference, ReferralNotices.Link(referral.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return referral;
    }

    private static (ReferralKind? Kind, ServiceKind? Service) ParseKind(ReferralRequest request, Dictionary<string, string[]> errors)
    {
        if (!CommunicationDraftValidator.BeDefined<ReferralKind>(request.Kind))
        {
            errors[nameof(ReferralRequest.Kind)] = [$"Unknown referral kind '{request.Kind}'. Valid values: {string.Join(", ", Enum.GetNames<ReferralKind>())}."];
            return (null, null);
        }

        var kind = Enum.Parse<ReferralKind>(request.Kind!, ignoreCase: true);
        if (kind != ReferralKind.Service)
        {
            if (!string.IsNullOrEmpty(request.Service))
            {
                errors[nameof(ReferralRequest.Service)] = ["Only a service referral names a service. Leave the service empty."];
            }

            return (kind, null);
        }

        if (!CommunicationDraftValidator.BeDefined<ServiceKind>(request.Service))
        {
            errors[nameof(ReferralRequest.Service)] = [$"Unknown service '{request.Service}'. Valid values: {string.Join(", ", Enum.GetNames<ServiceKind>())}."];
            return (kind, null);
        }

        return (kind, Enum.Parse<ServiceKind>(request.Service!, ignoreCase: true));
    }

    private async Task<Institution?> FindRecipientAsync(
        ReferralRequest request, ReferralKind? kind, ServiceKind? service, Guid senderId, Dictionary<string, string[]> errors,
        CancellationToken cancellationToken)
    {
        const string field = nameof(ReferralRequest.ToInstitutionId);
        var recipient = request.ToInstitutionId is { } id
            ? await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            : null;
        if (recipient is null)
        {
            errors[field] = ["No such recipient institution. Choose one from GET /api/v1/referrals/recipients."];
        }
        else if (recipient.Id == senderId)
        {
            errors[field] = ["A referral goes to another institution, not to your own."];
        }
        else if (!recipient.IsActive)
        {
            errors[field] = [$"The institution {recipient.Code} is inactive and receives no referrals. Choose another recipient."];
        }
        else if (kind is { } k && (k != ReferralKind.Service || service is not null)
            && ReferralRules.CheckRecipient(k, service, recipient.Type, recipient.Services) is { } mismatch)
        {
            errors[field] = [mismatch];
        }

        return recipient;
    }

    private async Task<List<ReferralPerson>> CheckPersonsAsync(
        ReferralRequest request, Report report, ReferralKind? kind, Institution? recipient, ServiceKind? service,
        ClaimsPrincipal user, DateTimeOffset now, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var requested = request.Persons ?? [];
        if (requested.Count == 0)
        {
            errors[nameof(ReferralRequest.Persons)] = ["Choose at least one person of the report to refer."];
            return [];
        }

        if (requested.Select(p => p.PersonId).Distinct().Count() != requested.Count)
        {
            errors[nameof(ReferralRequest.Persons)] = ["Each person is listed once."];
            return [];
        }

        var ids = requested.Select(p => p.PersonId).ToList();
        var found = await scope.Persons(user)
            .Where(p => ids.Contains(p.Id) && p.MergedIntoId == null
                && db.ReportPersons.Any(rp => rp.ReportId == report.Id && rp.PersonId == p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var identified = await scope.IdentifiedPersons(user).Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var today = MoroccoTime.ToLocalDate(now);
        var persons = new List<ReferralPerson>();
        for (var i = 0; i < requested.Count; i++)
        {
            var field = $"{nameof(ReferralRequest.Persons)}[{i}]";
            if (!found.TryGetValue(requested[i].PersonId, out var person))
            {
                errors[field + ".PersonId"] = [$"The person {requested[i].PersonId} is not in report {report.Reference}, or is outside your cases."];
                continue;
            }

            var child = Age.ChildRuleApplies(person, report.FactsFrom, today);
            var referred = new ReferralPerson { PersonId = person.Id, Child = child, LegalBasis = LegalBasis.NoIdentity };
            persons.Add(referred);
            if (!requested[i].ShareIdentity || kind is null || recipient is null)
            {
                continue;
            }

            if (!identified.Contains(person.Id))
            {
                errors[field + ".ShareIdentity"] = [$"Your institution received {person.Code} without identity, so it cannot share it. Send without identifying data."];
                continue;
            }

            var error = await SetBasisAsync(referred, person, kind.Value, recipient, service, now, cancellationToken);
            if (error is not null)
            {
                errors[field + ".ShareIdentity"] = [error];
            }
        }

        return persons;
    }

    /// <summary>Sets the legal basis for sharing the person's identity, or returns why it cannot be shared.</summary>
    private async Task<string?> SetBasisAsync(
        ReferralPerson referred, Person person, ReferralKind kind, Institution recipient, ServiceKind? service,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ReferralRules.BasisWithoutConsent(kind, recipient.Type, referred.Child) is { } basis)
        {
            referred.SharesIdentity = true;
            referred.LegalBasis = basis;
            return null;
        }

        if (service is null)
        {
            return null;
        }

        var consent = await consents.FindValidAsync(person.Id, recipient, service.Value, now, cancellationToken);
        if (consent is null)
        {
            return referred.Child
                ? $"No valid consent from a guardian, nor an authorisation from the prosecutor, to share the identity of {person.Code} "
                    + $"with {recipient.Code} for {service}. Record it first, or send the referral without identifying data."
                : $"No valid consent of {person.Code} to share the identity with {recipient.Code} for {service}. "
                    + "Record the consent first, or send the referral without identifying data.";
        }

        referred.SharesIdentity = true;
        referred.LegalBasis = LegalBasis.Consent;
        referred.ConsentRecordId = consent.Id;
        return null;
    }

    [LoggerMessage(EventId = 4500, Level = LogLevel.Information, Message = "Referral {ReferralId} sent as {Reference} to institution {InstitutionId}")]
    private static partial void LogSent(ILogger logger, Guid referralId, string reference, Guid institutionId);
}
