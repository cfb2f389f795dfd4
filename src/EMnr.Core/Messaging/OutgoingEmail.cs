namespace EMnr.Core.Messaging;

/// <summary>
/// An e-mail waiting to be sent. Features add it in the same transaction as the change it reports,
/// and a scheduled job sends it, so that no e-mail goes out for a change that was rolled back and
/// none is lost when the mail server is down.
/// </summary>
public sealed class OutgoingEmail
{
    public Guid Id { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    /// <summary>Plain-text body. It names records by reference, never a person by name.</summary>
    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Earliest time of the next attempt after a failure.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The last failure's error type, without the message (which may repeat the address).</summary>
    public string? LastError { get; set; }
}
