namespace EMnr.Web.Features.Crises;

/// <summary>
/// Counts of one crisis's communications in its reporting window. A count between 1 and 4 is
/// withheld (null, with <c>Suppressed</c> set), so that no figure that leaves the platform can
/// point to a handful of people.
/// </summary>
public sealed record CrisisFiguresResponse(
    Guid CrisisId,
    string Code,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    int Total,
    FigureCount SuspectedTrafficking,
    IReadOnlyList<FigureBucket> ByCategory,
    IReadOnlyList<FigureBucket> ByDay,
    IReadOnlyList<FigureBucket> ByChannel,
    IReadOnlyList<FigureBucket> ByProvince,
    IReadOnlyList<FigureBucket> ByRedirection);

/// <summary>A count, or null when it is between 1 and 4 and therefore withheld.</summary>
public sealed record FigureCount(int? Count, bool Suppressed)
{
    public const int SmallestShown = 5;

    public static FigureCount Of(int count) =>
        count is > 0 and < SmallestShown ? new FigureCount(null, true) : new FigureCount(count, false);
}

/// <summary>One group of a breakdown: a category, a local day, a channel, a province or a destination.</summary>
public sealed record FigureBucket(string Key, int? Count, bool Suppressed);
