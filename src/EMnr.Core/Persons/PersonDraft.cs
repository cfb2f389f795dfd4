namespace EMnr.Core.Persons;

/// <summary>A potential victim as submitted by a page or an API client.</summary>
public sealed record PersonDraft
{
    public string? NameLatin { get; init; }

    public string? NameArabic { get; init; }

    public string? Sex { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public int? EstimatedAgeMin { get; init; }

    public int? EstimatedAgeMax { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code, for example <c>MA</c>.</summary>
    public string? Nationality { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public string? ProvinceCode { get; init; }

    public IReadOnlyList<string> Vulnerabilities { get; init; } = [];

    public string? GuardianName { get; init; }

    public string? GuardianRelation { get; init; }
}
