using EMnr.Core.Persons;

namespace EMnr.Web.Features.Persons;

/// <summary>A person without identity: what lists and reports show.</summary>
public sealed record PersonSummary(
    Guid Id, string Code, string Sex, int? AgeToday, bool? ChildAtFacts, string? Nationality, string IdentificationStatus);

/// <summary>A person with identity. Every response of this shape is an audited read.</summary>
public sealed record PersonIdentityResponse(
    Guid Id,
    string Code,
    string? NameLatin,
    string? NameArabic,
    string Sex,
    DateOnly? DateOfBirth,
    int? EstimatedAgeMin,
    int? EstimatedAgeMax,
    string? Nationality,
    IReadOnlyList<string> Languages,
    string? ProvinceCode,
    IReadOnlyList<string> Vulnerabilities,
    string? GuardianName,
    string? GuardianRelation,
    string IdentificationStatus,
    Guid InstitutionId)
{
    public static PersonIdentityResponse From(Person p) => new(
        p.Id, p.Code, p.NameLatin, p.NameArabic, p.Sex.ToString(), p.DateOfBirth, p.EstimatedAgeMin, p.EstimatedAgeMax,
        p.Nationality, p.Languages, p.ProvinceCode, p.Vulnerabilities.Select(v => v.ToString()).ToList(),
        p.GuardianName, p.GuardianRelation, p.IdentificationStatus.ToString(), p.InstitutionId);
}

/// <summary>A person to add to a report.</summary>
public sealed record PersonRequest
{
    public string? NameLatin { get; init; }

    public string? NameArabic { get; init; }

    /// <summary>Female, Male or Unknown.</summary>
    public string? Sex { get; init; }

    /// <summary>Calendar date <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? DateOfBirth { get; init; }

    public int? EstimatedAgeMin { get; init; }

    public int? EstimatedAgeMax { get; init; }

    /// <summary>ISO 3166-1 alpha-2, for example <c>MA</c>.</summary>
    public string? Nationality { get; init; }

    public IReadOnlyList<string>? Languages { get; init; }

    public string? ProvinceCode { get; init; }

    public IReadOnlyList<string>? Vulnerabilities { get; init; }

    public string? GuardianName { get; init; }

    public string? GuardianRelation { get; init; }

    public PersonDraft ToDraft() => new()
    {
        NameLatin = NameLatin,
        NameArabic = NameArabic,
        Sex = Sex,
        DateOfBirth = DateOfBirth,
        EstimatedAgeMin = EstimatedAgeMin,
        EstimatedAgeMax = EstimatedAgeMax,
        Nationality = Nationality?.ToUpperInvariant(),
        Languages = Languages ?? [],
        ProvinceCode = ProvinceCode,
        Vulnerabilities = Vulnerabilities ?? [],
        GuardianName = GuardianName,
        GuardianRelation = GuardianRelation,
    };
}

/// <summary>A person added to a report, with possible duplicates for a reviewer to check.</summary>
public sealed record PersonCreatedResponse(PersonSummary Person, IReadOnlyList<DuplicateCandidate> PossibleDuplicates);

/// <summary>A person who may be the same as another: pseudonymous code, name similarity and date-of-birth gap.</summary>
public sealed record DuplicateCandidate(Guid Id, string Code, double NameSimilarity, int? DaysBetweenBirthDates);
