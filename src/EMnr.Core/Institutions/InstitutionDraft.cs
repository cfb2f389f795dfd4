namespace EMnr.Core.Institutions;

/// <summary>An institution as an administrator submits it, before validation. Enums travel as their names.</summary>
public sealed class InstitutionDraft
{
    public string? Code { get; set; }

    public string? NameFr { get; set; }

    public string? NameAr { get; set; }

    public string? Type { get; set; }

    /// <summary>ISO 3166-2 province codes; empty means national coverage.</summary>
    public List<string> ProvinceCodes { get; set; } = [];

    public List<string> Services { get; set; } = [];

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }
}
