namespace EMnr.Core.Communications;

/// <summary>
/// A communication as submitted by a page or an API client, before it is stored. Codes are
/// strings so that an unknown value becomes a validation error on its field.
/// </summary>
public sealed record CommunicationDraft
{
    public DateTimeOffset? ReceivedAt { get; init; }

    public string? Channel { get; init; }

    public string? Language { get; init; }

    public string? CallerType { get; init; }

    public string? Category { get; init; }

    public string? RedirectedTo { get; init; }

    public string? ProvinceCode { get; init; }

    public Guid? CrisisId { get; init; }

    public string? Summary { get; init; }
}
