using EMnr.Core.Communications;

namespace EMnr.Web.Features.Communications;

/// <summary>A communication as returned by the API. Instants are UTC with offset.</summary>
public sealed record CommunicationResponse(
    Guid Id,
    DateTimeOffset ReceivedAt,
    string Channel,
    string Language,
    string CallerType,
    string Category,
    string? RedirectedTo,
    string? ProvinceCode,
    Guid? CrisisId,
    string Summary,
    Guid InstitutionId,
    Guid? ReportId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    string Version)
{
    // Version is the ETag value without quotes; send it back in If-Match to correct the record.
    public static CommunicationResponse From(Communication c) => new(
        c.Id,
        c.ReceivedAt,
        c.Channel.ToString(),
        c.Language.ToString(),
        c.CallerType.ToString(),
        c.Category.ToString(),
        c.RedirectedTo?.ToString(),
        c.ProvinceCode,
        c.CrisisId,
        c.Summary,
        c.InstitutionId,
        c.ReportId,
        c.CreatedAt,
        c.UpdatedAt,
        c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// One page of communications and the cursor of the next page, if any. Total is the number of
/// matching communications when TotalIsExact is true. Otherwise more than Total match, which a
/// client shows as, for example, "10 000+".
/// </summary>
public sealed record CommunicationPageResponse(IReadOnlyList<CommunicationResponse> Items, string? NextCursor, int Total, bool TotalIsExact);

/// <summary>A communication to record or correct. Codes are listed at <c>GET /api/v1/reference-data</c>.</summary>
public sealed record CommunicationRequest
{
    /// <summary>Instant the contact began, ISO 8601 with offset.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    public string? Channel { get; init; }

    public string? Language { get; init; }

    public string? CallerType { get; init; }

    public string? Category { get; init; }

    /// <summary>Required when the category is <c>OtherOffenceRedirected</c>, forbidden otherwise.</summary>
    public string? RedirectedTo { get; init; }

    /// <summary>ISO 3166-2:MA code of the province or prefecture, for example <c>MA-HAO</c>.</summary>
    public string? ProvinceCode { get; init; }

    public Guid? CrisisId { get; init; }

    /// <summary>At most 4,000 characters. No names or phone numbers.</summary>
    public string? Summary { get; init; }

    public CommunicationDraft ToDraft() => new()
    {
        ReceivedAt = ReceivedAt,
        Channel = Channel,
        Language = Language,
        CallerType = CallerType,
        Category = Category,
        RedirectedTo = RedirectedTo,
        ProvinceCode = ProvinceCode,
        CrisisId = CrisisId,
        Summary = Summary,
    };
}

/// <summary>One correction of a communication.</summary>
public sealed record RevisionResponse(DateTimeOffset ChangedAt, Guid ChangedBy, IReadOnlyList<FieldChange> Changes);
