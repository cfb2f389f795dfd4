namespace EMnr.Core.Auditing;

/// <summary>
/// One audited action: a change, or a read of a person's identity. The table is append-only:
/// a database trigger rejects updates and deletes, and another chains each entry to the previous
/// one by SHA-256 (see <see cref="AuditChain"/>).
/// </summary>
public sealed class AuditEntry
{
    public const int EntityIdMaxLength = 100;

    public const int ChangedPropertiesMaxLength = 2000;

    /// <summary>Position in the chain, assigned by the database under the chain lock.</summary>
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public Guid? InstitutionId { get; set; }

    /// <summary>What was done, for example <c>person.identity.read</c> or <c>report.created</c>.</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    /// <summary>Names of the changed properties, comma separated, never their values.</summary>
    public string? ChangedProperties { get; set; }

    public string? IpAddress { get; set; }

    public string? CorrelationId { get; set; }

    /// <summary>Hash of the previous entry, set by the database trigger.</summary>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 of this entry's canonical text, set by the database trigger.</summary>
    public string? Hash { get; set; }
}
