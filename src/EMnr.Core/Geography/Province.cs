namespace EMnr.Core.Geography;

/// <summary>A province or prefecture (2015 division).</summary>
public sealed class Province
{
    /// <summary>ISO 3166-2 code, for example <c>MA-HAO</c> for Al Haouz.</summary>
    public required string Code { get; set; }

    public required string RegionCode { get; set; }

    public required string NameFr { get; set; }

    public required string NameAr { get; set; }

    public ProvinceKind Kind { get; set; }
}
