using System.Security.Claims;
using System.Security.Cryptography;
using EMnr.Core.Data;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Reports;

/// <summary>An attachment without its content.</summary>
public sealed record AttachmentSummary(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

/// <summary>Stores report attachments in PostgreSQL after checking their size and their content type.</summary>
public sealed partial class ReportAttachments(
    EMnrDbContext db,
    CaseScope scope,
    RecordAccess access,
    AuditLog audit,
    IClock clock,
    ILogger<ReportAttachments> logger)
{
    public const string UploadedAudit = "attachment.uploaded";
    public const string DownloadedAudit = "attachment.downloaded";

    /// <summary>Returns the stored attachment, null when the report is not visible, or an error message.</summary>
    public async Task<(AttachmentSummary? Attachment, string? Error, bool NotFound)> AddAsync(
        Guid reportId, IFormFile? file, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await scope.OwnedReports(user).AnyAsync(r => r.Id == reportId, cancellationToken))
        {
            return (null, null, true);
        }

        if (file is null || file.Length == 0)
        {
            return (null, "Choose a file to attach.", false);
        }

        if (file.Length > ReportAttachment.MaxBytes)
        {
            return (null, $"The file is {file.Length / (1024 * 1024.0):0.0} MB; attachments are limited to 20 MB.", false);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var type = FileSignatures.Detect(content);
        if (type is null)
        {
            return (null, "The file's content is not a PDF, JPEG, PNG, DOCX or XLSX file, whatever its name says.", false);
        }

        var attachment = new ReportAttachment
        {
            Id = Guid.CreateVersion7(),
            ReportId = reportId,
            FileName = CleanFileName(file.FileName, type),
            ContentType = type,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedBy = user.GetUserId(),
            UploadedAt = clock.UtcNow,
        };
        db.ReportAttachments.Add(attachment);
        audit.Add(user, UploadedAudit, "report", reportId);
        await db.SaveChangesAsync(cancellationToken);
        LogUploaded(logger, attachment.Id, reportId, attachment.Size);
        return (Summarize(attachment), null, false);
    }

    /// <summary>
    /// Lists a report's attachments for a caller who may read the report. A recipient of a referral
    /// without identifying data gets an empty list: file names and contents can name a person.
    /// </summary>
    public async Task<IReadOnlyList<AttachmentSummary>> ListAsync(Guid reportId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var readable = scope.AttachmentReports(user).Where(r => r.Id == reportId).Select(r => r.Id);
        return await db.ReportAttachments.AsNoTracking().Where(a => a.ReportId == reportId && readable.Contains(a.ReportId))
            .OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentSummary(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Loads an attachment of a report that the caller may download and records the download in the
    /// audit trail. The check runs on the attachment without its content, so a refused caller never
    /// makes the server read the file.
    /// </summary>
    public async Task<ReportAttachment?> OpenAsync(Guid reportId, Guid attachmentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var header = await db.ReportAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.ReportId == reportId)
            .Select(a => new ReportAttachment { Id = a.Id, ReportId = a.ReportId })
            .FirstOrDefaultAsync(cancellationToken);
        if (header is null || !await access.IsAllowedAsync(user, header, CaseOperations.Download))
        {
            return null;
        }

        var attachment = await db.ReportAttachments.AsNoTracking().FirstAsync(a => a.Id == attachmentId, cancellationToken);
        await audit.RecordReadAsync(user, DownloadedAudit, "attachment", attachment.Id, cancellationToken);
        return attachment;
    }

    private static AttachmentSummary Summarize(ReportAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt);

    /// <summary>Keeps the name's letters in any script, drops folders and control characters, and sets the extension from the detected type.</summary>
    public static string CleanFileName(string? name, string contentType)
    {
        var baseName = Path.GetFileNameWithoutExtension((name ?? "").Replace('\\', '/').Split('/')[^1]);
        var cleaned = new string(baseName.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (cleaned.Length == 0)
        {
            cleaned = "piece-jointe";
        }

        if (cleaned.Length > 200)
        {
            cleaned = cleaned[..200];
        }

        return cleaned + FileSignatures.ExtensionByType[contentType];
    }

    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Attachment {AttachmentId} of {Size} bytes added to report {ReportId}")]
    private static partial void LogUploaded(ILogger logger, Guid attachmentId, Guid reportId, long size);
}
