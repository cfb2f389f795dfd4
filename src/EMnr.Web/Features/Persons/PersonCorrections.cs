using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Persons;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Persons;

/// <summary>A correction of identity fields on request: new values by field name, and why.</summary>
public sealed record CorrectionRequest
{
    /// <summary>Why the identity is corrected, for example the document the person showed.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// New values by field: nameLatin, nameArabic, sex, dateOfBirth (yyyy-MM-dd), estimatedAgeMin,
    /// estimatedAgeMax, nationality, guardianName, guardianRelation. Null clears a field.
    /// </summary>
    public Dictionary<string, JsonElement>? Changes { get; init; }
}

public sealed record CorrectionResponse(Guid Id, Guid PersonId, DateTimeOffset CorrectedAt, Guid CorrectedBy, string Reason,
    IReadOnlyList<FieldChange> Changes)
{
    public static CorrectionResponse From(PersonCorrection c) => new(c.Id, c.PersonId, c.CorrectedAt, c.CorrectedBy, c.Reason, c.Changes);
}

public sealed record CorrectionOutcome(bool NotFound, string? Conflict, IReadOnlyDictionary<string, string[]> Errors, PersonCorrection? Correction);

/// <summary>
/// Corrects a person's identity on request (Law 09-08). The previous values go to the correction
/// history, which only Commission reviewers read, and the audit entry names the changed fields only.
/// </summary>
public sealed class PersonCorrections(EMnrDbContext db, CaseScope scope, AuditLog audit, IValidator<PersonDraft> validator, IClock clock)
{
    public static readonly IReadOnlyList<string> Fields =
    [
        "nameLatin", "nameArabic", "sex", "dateOfBirth", "estimatedAgeMin", "estimatedAgeMax", "nationality", "guardianName",
        "guardianRelation",
    ];

    public async Task<CorrectionOutcome> CorrectAsync(Guid personId, CorrectionRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var visible = await scope.OwnedPersons(user).AnyAsync(p => p.Id == personId, cancellationToken);
        var person = visible ? await db.Persons.FirstOrDefaultAsync(p => p.Id == personId, cancellationToken) : null;
        if (person is null)
        {
            return new CorrectionOutcome(true, null, new Dictionary<string, string[]>(), null);
        }

        if (person.AnonymisedAt is not null)
        {
            return new CorrectionOutcome(false, "The person's identity was anonymised under the retention rule and cannot be corrected.",
                new Dictionary<string, string[]>(), null);
        }

        var errors = new Dictionary<string, string[]>();
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > PersonCorrection.ReasonMaxLength || !TextRules.HasNoControlCharacters(reason))
        {
            errors["reason"] = ["Give the reason for the correction, in at most 1,000 characters of text."];
        }

        var values = ReadValues(request.Changes, errors);
        var draft = ApplyToDraft(person, values, errors);
        if (errors.Count == 0)
        {
            var result = await validator.ValidateAsync(draft, cancellationToken);
            foreach (var group in result.Errors.GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName)))
            {
                errors[group.Key] = group.Select(e => e.ErrorMessage).Distinct().ToArray();
            }
        }

        if (errors.Count > 0)
        {
            return new CorrectionOutcome(false, null, errors, null);
        }

        var changes = Apply(person, draft);
        if (changes.Count == 0)
        {
            errors["changes"] = ["The new values are the same as the current ones: nothing to correct."];
            return new CorrectionOutcome(false, null, errors, null);
        }

        var correction = new PersonCorrection
        {
            Id = Guid.CreateVersion7(),
            PersonId = person.Id,
            CorrectedAt = clock.UtcNow,
            CorrectedBy = user.GetUserId(),
            Reason = reason!,
            Changes = changes,
        };
        db.PersonCorrections.Add(correction);
        audit.Add(user, AuditActions.PersonCorrected, "person", person.Id).ChangedProperties =
            string.Join(',', changes.Select(c => c.Field));
        await db.SaveChangesAsync(cancellationToken);
        return new CorrectionOutcome(false, null, errors, correction);
    }

    /// <summary>Returns the correction history newest first, or null when the person is outside the caller's scope.</summary>
    public async Task<IReadOnlyList<PersonCorrection>?> HistoryAsync(Guid personId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await scope.IdentifiedPersons(user).AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return null;
        }

        // A person has a handful of corrections at most, so the history is not paginated.
        return await db.PersonCorrections.AsNoTracking()
            .Where(c => c.PersonId == personId)
            .OrderByDescending(c => c.CorrectedAt).ThenByDescending(c => c.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
    }

    private static Dictionary<string, string?> ReadValues(Dictionary<string, JsonElement>? changes, Dictionary<string, string[]> errors)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (changes is null || changes.Count == 0)
        {
            errors["changes"] = [$"List at least one field to correct. Fields: {string.Join(", ", Fields)}."];
            return values;
        }

        foreach (var (name, value) in changes)
        {
            var field = Fields.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                errors[name.Length <= 40 ? name : name[..40]] = [$"Unknown field. Fields that can be corrected: {string.Join(", ", Fields)}."];
                continue;
            }

            values[field] = value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => Invalid(field, errors),
            };
        }

        return values;
    }

    private static string? Invalid(string field, Dictionary<string, string[]> errors)
    {
        errors[field] = ["Give the new value as a string, a number or null."];
        return null;
    }

    /// <summary>Builds the draft of the corrected identity, so that creation rules apply to corrections too.</summary>
    private static PersonDraft ApplyToDraft(Person person, Dictionary<string, string?> values, Dictionary<string, string[]> errors)
    {
        string? Text(string field, string? current) => values.TryGetValue(field, out var value) ? value : current;

        int? Number(string field, int? current)
        {
            if (!values.TryGetValue(field, out var value) || value is null)
            {
                return values.ContainsKey(field) ? null : current;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            errors[field] = [$"'{value}' is not a whole number of years."];
            return current;
        }

        var dateOfBirth = person.DateOfBirth;
        if (values.TryGetValue("dateOfBirth", out var dateText))
        {
            dateOfBirth = dateText is null ? null : MoroccoTime.TryParseDate(dateText);
            if (dateText is not null && dateOfBirth is null)
            {
                errors["dateOfBirth"] = ["Invalid date of birth: use yyyy-MM-dd or dd/MM/yyyy."];
            }
        }

        return new PersonDraft
        {
            NameLatin = Text("nameLatin", person.NameLatin),
            NameArabic = Text("nameArabic", person.NameArabic),
            Sex = Text("sex", person.Sex.ToString()),
            DateOfBirth = dateOfBirth,
            EstimatedAgeMin = Number("estimatedAgeMin", person.EstimatedAgeMin),
            EstimatedAgeMax = Number("estimatedAgeMax", person.EstimatedAgeMax),
            Nationality = Text("nationality", person.Nationality),
            Languages = person.Languages,
            ProvinceCode = person.ProvinceCode,
            Vulnerabilities = person.Vulnerabilities.Select(v => v.ToString()).ToList(),
            GuardianName = Text("guardianName", person.GuardianName),
            GuardianRelation = Text("guardianRelation", person.GuardianRelation),
        };
    }

    /// <summary>Copies the corrected fields to the person and returns each change with its previous value.</summary>
    private static List<FieldChange> Apply(Person person, PersonDraft draft)
    {
        var changes = new List<FieldChange>();
        void Set<T>(string field, T current, T next, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, next))
            {
                changes.Add(new FieldChange(field, Format(current), Format(next)));
                assign(next);
            }
        }

        Set("nameLatin", person.NameLatin, Clean(draft.NameLatin), v => person.NameLatin = v);
        Set("nameArabic", person.NameArabic, Clean(draft.NameArabic), v => person.NameArabic = v);
        Set("sex", person.Sex, Enum.Parse<Sex>(draft.Sex!, ignoreCase: true), v => person.Sex = v);
        Set("dateOfBirth", person.DateOfBirth, draft.DateOfBirth, v => person.DateOfBirth = v);
        Set("estimatedAgeMin", person.EstimatedAgeMin, draft.EstimatedAgeMin, v => person.EstimatedAgeMin = v);
        Set("estimatedAgeMax", person.EstimatedAgeMax, draft.EstimatedAgeMax, v => person.EstimatedAgeMax = v);
        Set("nationality", person.Nationality, Clean(draft.Nationality)?.ToUpperInvariant(), v => person.Nationality = v);
        Set("guardianName", person.GuardianName, Clean(draft.GuardianName), v => person.GuardianName = v);
        Set("guardianRelation", person.GuardianRelation, Clean(draft.GuardianRelation), v => person.GuardianRelation = v);
        person.NameSearch = NameFolding.ForPerson(person.NameLatin, person.NameArabic);
        return changes;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Format<T>(T value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
