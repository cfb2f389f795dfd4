using System.Security.Claims;
using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Persons;

/// <summary>Result of a ledger change: the record, or field errors, or a conflict, or not found.</summary>
public sealed record ConsentOutcome(ConsentRecord? Consent, IReadOnlyDictionary<string, string[]> Errors, string? Conflict = null, bool NotFound = false)
{
    public static ConsentOutcome Missing { get; } = new(null, new Dictionary<string, string[]>(), NotFound: true);
}

/// <summary>
/// Records consents to share a person's identity, and their withdrawal. Both are audited. Only the
/// institution that owns the person's record, or a reviewer, changes the ledger, because a recipient
/// of a referral must not create the legal basis of its own access.
/// </summary>
public sealed class ConsentWriter(EMnrDbContext db, CaseScope scope, AuditLog audit, IClock clock)
{
    public const int MaxEvidenceLength = 500;
    public const int MaxReasonLength = 1000;

    public async Task<ConsentPageResponse?> ListAsync(Guid personId, ClaimsPrincipal user, string? cursor, int? limit, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var after = KeysetCursor.ParsePaging(cursor, limit, errors);
        if (errors.Count > 0 || !await scope.Persons(user).AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return null;
        }

        var query = db.ConsentRecords.AsNoTracking().Where(c => c.PersonId == personId);
        if (after is { } position)
        {
            query = query.Where(c => c.GivenAt < position.At || (c.GivenAt == position.At && c.Id.CompareTo(position.Id) < 0));
        }

        var size = limit ?? 50;
        var rows = await query.OrderByDescending(c => c.GivenAt).ThenByDescending(c => c.Id).Take(size + 1).ToListAsync(cancellationToken);
        var now = clock.UtcNow;
        var next = rows.Count > size ? new KeysetCursor(rows[size - 1].GivenAt, rows[size - 1].Id).Encode() : null;
        return new ConsentPageResponse([.. rows.Take(size).Select(c => ConsentResponse.From(c, now))], next);
    }

    public async Task<ConsentOutcome> RecordAsync(Guid personId, ConsentRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var person = await scope.OwnedPersons(user).FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return ConsentOutcome.Missing;
        }

        var errors = new Dictionary<string, string[]>();
        InstitutionType? recipientType = null;
        if (request.RecipientInstitutionId is null == string.IsNullOrEmpty(request.RecipientType))
        {
            errors[nameof(ConsentRequest.RecipientInstitutionId)] = ["Name either one institution or one type of institution as the recipient."];
        }
        else if (request.RecipientInstitutionId is { } institutionId)
        {
            if (!await db.Institutions.AnyAsync(i => i.Id == institutionId && i.IsActive, cancellationToken))
            {
                errors[nameof(ConsentRequest.RecipientInstitutionId)] = ["No active institution has this id."];
            }
        }
        else if (CommunicationDraftValidator.BeDefined<InstitutionType>(request.RecipientType))
        {
            recipientType = Enum.Parse<InstitutionType>(request.RecipientType!, ignoreCase: true);
        }
        else
        {
            errors[nameof(ConsentRequest.RecipientType)] = [$"Unknown institution type. Valid values: {string.Join(", ", Enum.GetNames<InstitutionType>())}."];
        }

        var purpose = Parse<ServiceKind>(request.Purpose, nameof(ConsentRequest.Purpose), "service", errors);
        var givenBy = Parse<ConsentGiver>(request.GivenBy, nameof(ConsentRequest.GivenBy), "giver", errors);
        if (request.GivenAt is null)
        {
            errors[nameof(ConsentRequest.GivenAt)] = ["Say when the consent was given."];
        }

        var evidence = request.Evidence?.Trim();
        if (string.IsNullOrEmpty(evidence))
        {
            errors[nameof(ConsentRequest.Evidence)] = ["Say what proves the consent, for example the number of the signed form."];
        }
        else if (evidence.Length > MaxEvidenceLength || !TextRules.HasNoControlCharacters(evidence))
        {
            errors[nameof(ConsentRequest.Evidence)] = [$"The evidence is limited to {MaxEvidenceLength} characters of text."];
        }

        var now = clock.UtcNow;
        DateTimeOffset? validUntil = null;
        if (errors.Count == 0)
        {
            (validUntil, var ruleError) = ConsentRules.CheckNew(person, givenBy!.Value, request.GivenAt!.Value, now);
            if (ruleError is { } error)
            {
                errors[error == ConsentError.GivenInFuture ? nameof(ConsentRequest.GivenAt) : nameof(ConsentRequest.GivenBy)] = [Message(error)];
            }
        }

        if (errors.Count > 0)
        {
            return new ConsentOutcome(null, errors);
        }

        var consent = new ConsentRecord
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            RecipientInstitutionId = request.RecipientInstitutionId,
            RecipientType = recipientType,
            Purpose = purpose!.Value,
            GivenBy = givenBy!.Value,
            GivenAt = request.GivenAt!.Value.ToUniversalTime(),
            Evidence = evidence!,
            ValidUntil = validUntil,
            RecordedBy = user.GetUserId(),
            RecordedByInstitutionId = user.GetInstitutionId(),
            RecordedAt = now,
        };
        db.ConsentRecords.Add(consent);
        audit.Add(user, AuditActions.ConsentRecorded, "consent", consent.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new ConsentOutcome(consent, new Dictionary<string, string[]>());
    }

    public async Task<ConsentOutcome> WithdrawAsync(Guid personId, Guid consentId, ConsentWithdrawalRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await scope.OwnedPersons(user).AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return ConsentOutcome.Missing;
        }

        var consent = await db.ConsentRecords.FirstOrDefaultAsync(c => c.Id == consentId && c.PersonId == personId, cancellationToken);
        if (consent is null)
        {
            return ConsentOutcome.Missing;
        }

        var reason = request.Reason?.Trim();
        var errors = new Dictionary<string, string[]>();
        if (reason is { Length: > MaxReasonLength } || (reason is not null && !TextRules.HasNoControlCharacters(reason)))
        {
            errors[nameof(ConsentWithdrawalRequest.Reason)] = [$"The reason is limited to {MaxReasonLength} characters of text."];
        }

        var now = clock.UtcNow;
        var withdrawnAt = request.WithdrawnAt?.ToUniversalTime() ?? now;
        switch (ConsentRules.CheckWithdrawal(consent, withdrawnAt, now))
        {
            case ConsentError.AlreadyWithdrawn:
                return new ConsentOutcome(null, errors, Conflict: "This consent was already withdrawn.");
            case { } error:
                errors[nameof(ConsentWithdrawalRequest.WithdrawnAt)] = [Message(error)];
                break;
        }

        if (errors.Count > 0)
        {
            return new ConsentOutcome(null, errors);
        }

        consent.WithdrawnAt = withdrawnAt;
        consent.WithdrawnBy = user.GetUserId();
        consent.WithdrawalReason = string.IsNullOrEmpty(reason) ? null : reason;
        audit.Add(user, AuditActions.ConsentWithdrawn, "consent", consent.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ConsentOutcome(null, new Dictionary<string, string[]>(), Conflict: "Someone else changed this consent at the same time. Reload it and try again.");
        }

        return new ConsentOutcome(consent, errors);
    }

    /// <summary>The rule's message, in English; pages translate it by this text.</summary>
    public static string Message(ConsentError error) => error switch
    {
        ConsentError.GivenInFuture => "A consent cannot be dated in the future.",
        ConsentError.ChildNeedsGuardianOrProsecutor => "For a child, consent comes from a guardian or an authorisation of the prosecutor.",
        ConsentError.AdultGivesOwnConsent => "An adult gives their own consent; a guardian or the prosecutor cannot give it for them.",
        ConsentError.AlreadyWithdrawn => "This consent was already withdrawn.",
        ConsentError.WithdrawnBeforeGiven => "A consent cannot be withdrawn before it was given.",
        ConsentError.WithdrawnInFuture => "A withdrawal cannot be dated in the future.",
        _ => error.ToString(),
    };

    private static TEnum? Parse<TEnum>(string? value, string field, string noun, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (CommunicationDraftValidator.BeDefined<TEnum>(value))
        {
            return Enum.Parse<TEnum>(value!, ignoreCase: true);
        }

        errors[field] = [$"Unknown {noun}. Valid values: {string.Join(", ", Enum.GetNames<TEnum>())}."];
        return null;
    }
}
