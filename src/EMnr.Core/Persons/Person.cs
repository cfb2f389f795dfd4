namespace EMnr.Core.Persons;

/// <summary>A person who may be a victim. Identity fields are read only through audited paths.</summary>
public sealed class Person
{
    public Guid Id { get; set; }

    /// <summary>Pseudonymous code shown wherever the name is not needed, for example <c>PV-7K3M9Q</c>.</summary>
    public string Code { get; set; } = "";

    public string? NameLatin { get; set; }

    public string? NameArabic { get; set; }

    /// <summary>Both names folded for variant-tolerant duplicate search.</summary>
    public string NameSearch { get; set; } = "";

    public Sex Sex { get; set; }

    /// <summary>Date of birth: a calendar date, never an instant.</summary>
    public DateOnly? DateOfBirth { get; set; }

    public int? EstimatedAgeMin { get; set; }

    public int? EstimatedAgeMax { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Nationality { get; set; }

    public List<string> Languages { get; set; } = [];

    public string? ProvinceCode { get; set; }

    public List<Vulnerability> Vulnerabilities { get; set; } = [];

    public string? GuardianName { get; set; }

    public string? GuardianRelation { get; set; }

    public IdentificationStatus IdentificationStatus { get; set; }

    /// <summary>Time of the last identification decision.</summary>
    public DateTimeOffset? IdentificationDecidedAt { get; set; }

    /// <summary>Person this record was merged into by a reviewer, or null when it is not merged.</summary>
    public Guid? MergedIntoId { get; set; }

    public Guid InstitutionId { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Time the retention job replaced the identity, or null while it is kept.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public uint Version { get; set; }
}
