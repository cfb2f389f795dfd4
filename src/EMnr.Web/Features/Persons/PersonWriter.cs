using System.Security.Claims;
using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Persons;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Persons;

/// <summary>Result of adding a person: the person and duplicates, or field errors, or not found.</summary>
public sealed record PersonOutcome(Person? Person, IReadOnlyList<DuplicateCandidate> Duplicates, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Person is not null;
}

/// <summary>Registers potential victims in reports. A child makes the report urgent.</summary>
public sealed partial class PersonWriter(
    EMnrDbContext db,
    CaseScope scope,
    IValidator<PersonDraft> validator,
    DuplicateFinder duplicates,
    AuditLog audit,
    IClock clock,
    ILogger<PersonWriter> logger)
{
    public async Task<PersonOutcome?> AddToReportAsync(Guid reportId, PersonDraft draft, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await scope.OwnedReports(user).AnyAsync(r => r.Id == reportId, cancellationToken))
        {
            return null;
        }

        var report = await db.Reports.AsNoTracking().FirstAsync(r => r.Id == reportId, cancellationToken);
        var result = await validator.ValidateAsync(draft, cancellationToken);
        var errors = result.Errors.GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        // A date of birth in the future is also after the facts, so the validator's more specific message is kept.
        if (PersonDraftValidator.CheckAgainstFacts(draft, report.FactsFrom) is { } factsError)
        {
            errors.TryAdd(nameof(PersonDraft.DateOfBirth), [factsError]);
        }

        if (!string.IsNullOrEmpty(draft.ProvinceCode) && (!Core.Text.TextRules.IsSubdivisionCode(draft.ProvinceCode) || !await db.Provinces.AnyAsync(p => p.Code == draft.ProvinceCode, cancellationToken)))
        {
            errors[nameof(PersonDraft.ProvinceCode)] = [$"Unknown province code '{Core.Text.SearchText.Fold(draft.ProvinceCode).ToUpperInvariant()}'. Use an ISO 3166-2 code such as MA-HAO."];
        }

        if (errors.Count > 0)
        {
            return new PersonOutcome(null, [], errors);
        }

        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            Code = PersonCodes.Next(),
            NameLatin = Clean(draft.NameLatin),
            NameArabic = Clean(draft.NameArabic),
            NameSearch = NameFolding.ForPerson(draft.NameLatin, draft.NameArabic),
            Sex = Enum.Parse<Sex>(draft.Sex!, ignoreCase: true),
            DateOfBirth = draft.DateOfBirth,
            EstimatedAgeMin = draft.EstimatedAgeMin,
            EstimatedAgeMax = draft.EstimatedAgeMax,
            Nationality = Clean(draft.Nationality)?.ToUpperInvariant(),
            Languages = draft.Languages.Select(l => Enum.Parse<ContactLanguage>(l, ignoreCase: true).ToString()).Distinct().ToList(),
            ProvinceCode = Clean(draft.ProvinceCode),
            Vulnerabilities = draft.Vulnerabilities.Select(v => Enum.Parse<Vulnerability>(v, ignoreCase: true)).Distinct().ToList(),
            GuardianName = Clean(draft.GuardianName),
            GuardianRelation = Clean(draft.GuardianRelation),
            IdentificationStatus = IdentificationStatus.PotentialVictim,
            InstitutionId = user.GetInstitutionId(),
            CreatedBy = user.GetUserId(),
            CreatedAt = clock.UtcNow,
        };
        db.Persons.Add(person);
        db.ReportPersons.Add(new ReportPerson { ReportId = report.Id, PersonId = person.Id, AddedAt = clock.UtcNow });

        audit.Add(user, AuditActions.PersonCreated, "person", person.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var today = MoroccoTime.ToLocalDate(clock.UtcNow);
        if (Age.ChildRuleApplies(person, report.FactsFrom, today))
        {
            // A report about a child is urgent by default. A direct update, so that persons added at
            // the same moment by colleagues do not conflict over the report's row version.
            await db.Reports.Where(r => r.Id == report.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Priority, ReportPriority.Urgent), cancellationToken);
            audit.Add(user, "report" + AuditActions.UpdatedSuffix, "report", report.Id).ChangedProperties = nameof(Report.Priority);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogAdded(logger, person.Id, report.Id);

        var candidates = await duplicates.FindAsync(person, user, cancellationToken);
        return new PersonOutcome(person, candidates, new Dictionary<string, string[]>());
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Person {PersonId} added to report {ReportId}")]
    private static partial void LogAdded(ILogger logger, Guid personId, Guid reportId);
}
