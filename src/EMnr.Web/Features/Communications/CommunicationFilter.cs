using EMnr.Core.Communications;

namespace EMnr.Web.Features.Communications;

/// <summary>Filters of the communication list, shared by the page and the API.</summary>
public sealed record CommunicationFilter
{
    /// <summary>First local day included (Africa/Casablanca).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last local day included (Africa/Casablanca).</summary>
    public DateOnly? To { get; init; }

    public Channel? Channel { get; init; }

    public CommunicationCategory? Category { get; init; }

    public Guid? CrisisId { get; init; }

    public string? ProvinceCode { get; init; }

    /// <summary>Text searched in summaries, forgiving accents and Arabic letter variants.</summary>
    public string? Text { get; init; }

    /// <summary>Only suspected trafficking with no report yet: the "reports to open" queue.</summary>
    public bool ReportsToOpen { get; init; }
}
