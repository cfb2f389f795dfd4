namespace EMnr.Core.Reports;

/// <summary>A file attached to a report, stored in PostgreSQL so that every app instance serves it.</summary>
public sealed class ReportAttachment
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    /// <summary>File name as uploaded, Arabic and French letters kept.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Media type detected from the content, never taken from the name or the client.</summary>
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>SHA-256 of the content, hexadecimal.</summary>
    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public Guid UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }
}
