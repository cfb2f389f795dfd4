namespace EMnr.Core.Institutions;

/// <summary>A partner institution. Every account belongs to exactly one.</summary>
public sealed class Institution
{
    public Guid Id { get; set; }

    /// <summary>Stable short code, for example <c>PMP</c> or <c>CNCLTEH</c>.</summary>
    public required string Code { get; set; }

    public required string NameFr { get; set; }

    public required string NameAr { get; set; }

    public InstitutionType Type { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Province codes that the institution covers; empty means national coverage.</summary>
    public List<string> ProvinceCodes { get; set; } = [];

    /// <summary>Support services offered, used to suggest recipients of service referrals.</summary>
    public List<ServiceKind> Services { get; set; } = [];

    /// <summary>Address that receives the institution's notifications, for example a focal point's mailbox.</summary>
    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>Concurrency token (PostgreSQL <c>xmin</c>), sent as the ETag.</summary>
    public uint Version { get; set; }
}
