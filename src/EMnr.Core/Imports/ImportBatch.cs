namespace EMnr.Core.Imports;

/// <summary>An uploaded call-log file, kept in the database between preview and confirmation.</summary>
public sealed class ImportBatch
{
    public Guid Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file content, hexadecimal.</summary>
    public required string ContentHash { get; set; }

    public required byte[] Content { get; set; }

    public Guid UploadedBy { get; set; }

    public Guid InstitutionId { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public DateTimeOffset? CommittedAt { get; set; }

    public int? ImportedCount { get; set; }
}
