namespace EMnr.Core.Crises;

/// <summary>A named event, such as an earthquake, whose communications are counted together.</summary>
public sealed class Crisis
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string NameFr { get; set; }

    public required string NameAr { get; set; }

    public required string NameEn { get; set; }

    /// <summary>Local date of the event itself.</summary>
    public DateOnly EventDate { get; set; }

    /// <summary>First local day of the reporting window, inclusive.</summary>
    public DateOnly WindowStart { get; set; }

    /// <summary>Last local day of the reporting window, inclusive.</summary>
    public DateOnly WindowEnd { get; set; }

    public List<string> ProvinceCodes { get; set; } = [];

    public bool IsActive { get; set; } = true;
}
