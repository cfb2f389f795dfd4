using EMnr.Core.Persons;

namespace EMnr.Web.Features.Persons;

/// <summary>A consent to record: one recipient (an institution, or a type of institution) and one service.</summary>
public sealed record ConsentRequest
{
    public Guid? RecipientInstitutionId { get; init; }

    /// <summary>A type of institution, for example <c>Association</c>, when the consent names every institution of that type.</summary>
    public string? RecipientType { get; init; }

    /// <summary>The service the data is shared for, for example <c>Shelter</c>.</summary>
    public string? Purpose { get; init; }

    /// <summary><c>Person</c> (an adult), <c>Guardian</c> or <c>ProsecutorAuthorisation</c> (a child).</summary>
    public string? GivenBy { get; init; }

    /// <summary>When the consent was given, with its UTC offset; not in the future.</summary>
    public DateTimeOffset? GivenAt { get; init; }

    /// <summary>What proves it, for example the number of a signed form.</summary>
    public string? Evidence { get; init; }
}

public sealed record ConsentWithdrawalRequest
{
    /// <summary>When the person withdrew it; now when left out.</summary>
    public DateTimeOffset? WithdrawnAt { get; init; }

    public string? Reason { get; init; }
}

public sealed record ConsentResponse(
    Guid Id,
    Guid PersonId,
    Guid? RecipientInstitutionId,
    string? RecipientType,
    string Purpose,
    string GivenBy,
    DateTimeOffset GivenAt,
    string Evidence,
    DateTimeOffset? ValidUntil,
    DateTimeOffset RecordedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    bool InForce)
{
    public static ConsentResponse From(ConsentRecord c, DateTimeOffset now) => new(
        c.Id, c.PersonId, c.RecipientInstitutionId, c.RecipientType?.ToString(), c.Purpose.ToString(), c.GivenBy.ToString(),
        c.GivenAt, c.Evidence, c.ValidUntil, c.RecordedAt, c.WithdrawnAt, c.WithdrawalReason,
        c.GivenAt <= now && (c.WithdrawnAt is null || c.WithdrawnAt > now) && (c.ValidUntil is null || now < c.ValidUntil));
}

public sealed record ConsentPageResponse(IReadOnlyList<ConsentResponse> Items, string? NextCursor);
