namespace EMnr.Core.Screening;

/// <summary>
/// A published version of the indicator guide as stored in the database. Editing the guide
/// publishes a new version; screenings keep the version they were made with.
/// </summary>
public sealed class IndicatorGuideRecord
{
    public string Version { get; set; } = "";

    public DateOnly PublishedOn { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Account that published it; null for the version seeded from the 2009 publication.</summary>
    public Guid? PublishedBy { get; set; }

    public List<Indicator> Indicators { get; set; } = [];

    public IndicatorGuideVersion ToGuide() => new(Version, PublishedOn, Indicators);
}
