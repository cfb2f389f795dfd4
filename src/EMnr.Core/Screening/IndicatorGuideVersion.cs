namespace EMnr.Core.Screening;

/// <summary>
/// A published version of the indicator guide: its version name, its publication date and the indicators
/// of all four lists. Codes are unique within a version and compared without regard to case.
/// </summary>
public sealed class IndicatorGuideVersion
{
    private readonly Dictionary<string, Indicator> byCode;

    /// <exception cref="ArgumentException">The version is blank, or a code is blank or repeated.</exception>
    public IndicatorGuideVersion(string version, DateOnly publishedOn, IReadOnlyList<Indicator> indicators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(indicators);

        byCode = new Dictionary<string, Indicator>(StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in indicators)
        {
            if (string.IsNullOrWhiteSpace(indicator.Code))
            {
                throw new ArgumentException($"An indicator of guide version {version} has a blank code.", nameof(indicators));
            }

            if (!byCode.TryAdd(indicator.Code, indicator))
            {
                throw new ArgumentException(
                    $"Indicator code '{indicator.Code}' appears more than once in guide version {version}.", nameof(indicators));
            }
        }

        Version = version;
        PublishedOn = publishedOn;
        Indicators = indicators;
    }

    public string Version { get; }

    public DateOnly PublishedOn { get; }

    /// <summary>Indicators of all lists, in the order of the publication.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Returns the indicator with this code, in any case, or null when the version has none.</summary>
    public Indicator? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Returns the indicators of one list, in the order of the publication.</summary>
    public IReadOnlyList<Indicator> IndicatorsOf(IndicatorList list) => Indicators.Where(i => i.List == list).ToList();
}
