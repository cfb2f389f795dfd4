using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Institutions;
using EMnr.Web.Features.Auditing;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EMnr.Web.Features.Institutions;

/// <summary>Result of a change to an institution: the saved record, field errors, or why nothing was saved.</summary>
public sealed record InstitutionOutcome(Institution? Institution, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool NotFound { get; init; }

    public bool Conflict { get; init; }

    public static InstitutionOutcome Missing() => new(null, new Dictionary<string, string[]>()) { NotFound = true };

    public static InstitutionOutcome Stale() => new(null, new Dictionary<string, string[]>()) { Conflict = true };
}

/// <summary>Creates, edits, deactivates and reactivates institutions, each in one unit of work with its audit entry.</summary>
public sealed class InstitutionWriter(EMnrDbContext db, IValidator<InstitutionDraft> validator, AuditLog audit)
{
    private const string EntityType = "institution";

    public async Task<InstitutionOutcome> CreateAsync(InstitutionDraft draft, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count == 0 && await db.Institutions.AnyAsync(i => i.Code == draft.Code, cancellationToken))
        {
            errors[nameof(InstitutionDraft.Code)] = [CodeTaken(draft.Code!)];
        }

        if (errors.Count > 0)
        {
            return new InstitutionOutcome(null, errors);
        }

        var institution = new Institution { Id = Guid.CreateVersion7(), Code = draft.Code!, NameFr = "", NameAr = "" };
        Apply(draft, institution);
        db.Institutions.Add(institution);
        audit.Add(user, AuditActions.InstitutionCreated, EntityType, institution.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another administrator created the same code between the check and the insert.
            return new InstitutionOutcome(null, new Dictionary<string, string[]>
            {
                [nameof(InstitutionDraft.Code)] = [CodeTaken(draft.Code!)],
            });
        }

        return new InstitutionOutcome(institution, new Dictionary<string, string[]>());
    }

    /// <summary>Saves an edit made on <paramref name="expectedVersion"/>; the code never changes, because seeding and links rely on it.</summary>
    public async Task<InstitutionOutcome> UpdateAsync(Guid id, InstitutionDraft draft, uint expectedVersion, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null)
        {
            return InstitutionOutcome.Missing();
        }

        if (string.IsNullOrEmpty(draft.Code))
        {
            draft.Code = institution.Code;
        }

        var errors = await ValidateAsync(draft, cancellationToken);
        if (draft.Code != institution.Code)
        {
            errors[nameof(InstitutionDraft.Code)] = ["The code of an existing institution cannot be changed."];
        }

        if (errors.Count > 0)
        {
            return new InstitutionOutcome(null, errors);
        }

        if (institution.Version != expectedVersion)
        {
            return InstitutionOutcome.Stale();
        }

        Apply(draft, institution);
        audit.Add(user, AuditActions.InstitutionUpdated, EntityType, institution.Id);
        return await SaveAsync(institution, expectedVersion, cancellationToken);
    }

    public async Task<InstitutionOutcome> SetActiveAsync(Guid id, bool active, uint? expectedVersion, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null)
        {
            return InstitutionOutcome.Missing();
        }

        var version = expectedVersion ?? institution.Version;
        if (institution.Version != version)
        {
            return InstitutionOutcome.Stale();
        }

        if (institution.IsActive == active)
        {
            return new InstitutionOutcome(institution, new Dictionary<string, string[]>());
        }

        // NOTE: accounts of a deactivated institution keep working; deactivate them one by one if needed.
        institution.IsActive = active;
        audit.Add(user, active ? AuditActions.InstitutionReactivated : AuditActions.InstitutionDeactivated, EntityType, institution.Id);
        return await SaveAsync(institution, version, cancellationToken);
    }

    private async Task<InstitutionOutcome> SaveAsync(Institution institution, uint expectedVersion, CancellationToken cancellationToken)
    {
        db.Entry(institution).Property(i => i.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return InstitutionOutcome.Stale();
        }

        return new InstitutionOutcome(institution, new Dictionary<string, string[]>());
    }

    private async Task<Dictionary<string, string[]>> ValidateAsync(InstitutionDraft draft, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(draft, cancellationToken);
        return result.Errors
            .GroupBy(e => e.PropertyName.Split('[')[0])
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
    }

    private static void Apply(InstitutionDraft draft, Institution institution)
    {
        institution.NameFr = draft.NameFr!.Trim();
        institution.NameAr = draft.NameAr!.Trim();
        institution.Type = Enum.Parse<InstitutionType>(draft.Type!, ignoreCase: true);
        institution.ProvinceCodes = draft.ProvinceCodes.Distinct().Order(StringComparer.Ordinal).ToList();
        institution.Services = draft.Services.Select(s => Enum.Parse<ServiceKind>(s, ignoreCase: true)).Distinct().Order().ToList();
        institution.ContactEmail = string.IsNullOrWhiteSpace(draft.ContactEmail) ? null : draft.ContactEmail.Trim();
        institution.ContactPhone = string.IsNullOrWhiteSpace(draft.ContactPhone) ? null : draft.ContactPhone.Trim();
        institution.UpdateSearchName();
    }

    private static string CodeTaken(string code) => $"The code '{code}' is already used by another institution.";
}
