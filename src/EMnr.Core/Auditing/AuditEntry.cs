namespace EMnr.Core.Auditing;

/// <summary>
/// One audited action: a change, or a read of a person's identity. The table is append-only:
/// a database trigger rejects updates and deletes.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public Guid? InstitutionId { get; set; }

    /// <summary>What was done, for example <c>person.identity.read</c> or <c>report.created</c>.</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    public string? IpAddress { get; set; }

    public string? CorrelationId { get; set; }
}
