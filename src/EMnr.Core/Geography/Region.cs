namespace EMnr.Core.Geography;

/// <summary>One of Morocco's 12 regions (2015 division).</summary>
public sealed class Region
{
    /// <summary>ISO 3166-2 code, for example <c>MA-07</c>.</summary>
    public required string Code { get; set; }

    public required string NameFr { get; set; }

    public required string NameAr { get; set; }
}
