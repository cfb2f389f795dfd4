using System.Security.Claims;
using System.Security.Cryptography;
using EMnr.Core.Communications;
using EMnr.Core.Crises;
using EMnr.Core.Data;
using EMnr.Core.Imports;
using EMnr.Core.Time;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Features.Imports;

public enum ConfirmStatus
{
    Imported,
    NotFound,
    AlreadyConfirmed,
    Invalid,
}

/// <summary>The outcome of <see cref="CallLogImporter.ConfirmAsync"/>.</summary>
public sealed record ConfirmOutcome(ConfirmStatus Status)
{
    public ImportConfirmation? Confirmation { get; init; }

    /// <summary>The errors that block an invalid batch, at most <see cref="CallLogImporter.MaxListedErrors"/>.</summary>
    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    public int ErrorCount { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }
}

/// <summary>
/// Imports call-log files in two steps. Upload stores the file in <c>import_batches</c> and returns a
/// preview. Confirmation reads the stored file again and inserts all its new rows in one transaction, or
/// nothing when any row is invalid. Keeping the file in PostgreSQL lets any app instance confirm it.
/// </summary>
public sealed partial class CallLogImporter(
    EMnrDbContext db,
    CommunicationWriter writer,
    IClock clock,
    IOptions<CommunicationOptions> options,
    ILogger<CallLogImporter> logger)
{
    public const int MaxListedErrors = 500;

    public const int MaxPreviewRows = 100;

    /// <summary>Age after which the next upload deletes an unconfirmed batch, because batches contain call summaries.</summary>
    public static readonly TimeSpan UnconfirmedBatchLifetime = TimeSpan.FromDays(1);

    /// <summary>Advisory lock key that serializes confirmations, so two of them never insert the same row.</summary>
    private const long ConfirmLockKey = 0x454D4E52_0002;

    private const int MaxFileNameLength = 260;

    private static readonly Dictionary<string, int> ColumnPositions =
        CallLogColumns.All.Select((column, index) => (column, index)).ToDictionary(p => p.column, p => p.index);

    /// <summary>
    /// Reads an uploaded file and returns its preview. A usable file is stored as a new batch, even when some
    /// rows are invalid. A file with errors about the whole file (encoding, header, row limit) is not stored.
    /// </summary>
    public async Task<ImportPreview> UploadAsync(
        string fileName, byte[] content, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var name = CleanFileName(fileName);
        var file = CallLogParser.Parse(content, options.Value.MaxImportRows);
        if (file.FileErrors.Count > 0)
        {
            LogFileRejected(logger, user.GetUserId(), file.FileErrors.Count);
            return ToPreview(null, name, await PlanAsync(file, cancellationToken));
        }

        await DeleteExpiredBatchesAsync(cancellationToken);
        var batch = new ImportBatch
        {
            Id = Guid.CreateVersion7(),
            FileName = name,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedBy = user.GetUserId(),
            InstitutionId = user.GetInstitutionId(),
            UploadedAt = clock.UtcNow,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);

        var plan = await PlanAsync(file, cancellationToken);
        LogUploaded(logger, batch.Id, user.GetUserId(), plan.Rows.Count, plan.Errors.Count);
        return ToPreview(batch, name, plan);
    }

    /// <summary>Returns the preview of a batch that the user uploaded, or null when there is none.</summary>
    public async Task<ImportPreview?> PreviewAsync(Guid batchId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var batch = await OwnBatches(user).AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var plan = await PlanAsync(CallLogParser.Parse(batch.Content, options.Value.MaxImportRows), cancellationToken);
        return ToPreview(batch, batch.FileName, plan);
    }

    /// <summary>
    /// Inserts every new row of a batch in one transaction and marks the batch confirmed. The rows are read
    /// and validated again, so a province or crisis removed since the preview blocks the import.
    /// </summary>
    public async Task<ConfirmOutcome> ConfirmAsync(Guid batchId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ConfirmLockKey})", cancellationToken);

        // Read after taking the lock, so that a confirmation that just committed is seen.
        var batch = await OwnBatches(user).FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return new ConfirmOutcome(ConfirmStatus.NotFound);
        }

        if (batch.CommittedAt is { } committedAt)
        {
            return new ConfirmOutcome(ConfirmStatus.AlreadyConfirmed)
            {
                ConfirmedAt = committedAt,
                Confirmation = new ImportConfirmation(batch.ImportedCount ?? 0, 0),
            };
        }

        var plan = await PlanAsync(CallLogParser.Parse(batch.Content, options.Value.MaxImportRows), cancellationToken);
        if (plan.Errors.Count > 0)
        {
            LogConfirmRejected(logger, batch.Id, plan.Errors.Count);
            return new ConfirmOutcome(ConfirmStatus.Invalid)
            {
                Errors = plan.Errors.Take(MaxListedErrors).ToList(),
                ErrorCount = plan.Errors.Count,
            };
        }

        var now = clock.UtcNow;
        var userId = user.GetUserId();
        var institutionId = user.GetInstitutionId();
        var imported = 0;
        foreach (var row in plan.Rows.Where(r => r.Status == ImportRowStatus.New))
        {
            var communication = row.Communication!;
            communication.Id = Guid.CreateVersion7();
            communication.InstitutionId = institutionId;
            communication.OperatorId = userId;
            communication.CreatedAt = now;
            db.Communications.Add(communication);
            imported++;
        }

        batch.CommittedAt = now;
        batch.ImportedCount = imported;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var skipped = plan.Rows.Count - imported;
        LogConfirmed(logger, batch.Id, userId, imported, skipped);
        return new ConfirmOutcome(ConfirmStatus.Imported) { Confirmation = new ImportConfirmation(imported, skipped) };
    }

    /// <summary>One row and what confirming would do with it; <see cref="Communication"/> is set for valid rows.</summary>
    private sealed record PlannedRow(
        int Line, CommunicationDraft? Draft, Crisis? Crisis, bool CrisisSuggested, Communication? Communication, ImportRowStatus Status);

    private sealed record ImportPlan(List<PlannedRow> Rows, List<ImportError> Errors, IReadOnlyList<string> IgnoredColumns);

    /// <summary>
    /// Resolves crisis codes (or suggests a crisis when the column is empty), validates every draft with the
    /// rules of <see cref="CommunicationWriter.ValidateManyAsync"/>, and sorts the valid rows into new,
    /// already imported and repeated within the file.
    /// </summary>
    private async Task<ImportPlan> PlanAsync(CallLogFile file, CancellationToken cancellationToken)
    {
        if (file.FileErrors.Count > 0)
        {
            return new ImportPlan([], [.. file.FileErrors], file.IgnoredColumns);
        }

        var crises = await db.Crises.AsNoTracking().ToListAsync(cancellationToken);
        var rows = new List<PlannedRow>(file.Rows.Count);
        var rowErrors = new List<List<ImportError>>(file.Rows.Count);
        foreach (var row in file.Rows)
        {
            var errors = new List<ImportError>(row.Errors);
            rowErrors.Add(errors);
            if (row.Draft is null)
            {
                rows.Add(new PlannedRow(row.Line, null, null, false, null, ImportRowStatus.Invalid));
                continue;
            }

            var (crisis, suggested) = ResolveCrisis(row, crises, errors);
            var draft = row.Draft with { CrisisId = crisis?.Id };
            rows.Add(new PlannedRow(row.Line, draft, crisis, suggested, null, ImportRowStatus.Invalid));
        }

        var readable = Enumerable.Range(0, rows.Count).Where(i => rows[i].Draft is not null).ToList();
        var validations = await writer.ValidateManyAsync(readable.Select(i => rows[i].Draft!).ToList(), cancellationToken);
        for (var k = 0; k < readable.Count; k++)
        {
            var i = readable[k];
            AddValidationErrors(rows[i].Line, validations[k], rowErrors[i]);
            if (rowErrors[i].Count == 0)
            {
                var communication = new Communication();
                CommunicationWriter.Apply(rows[i].Draft!, communication);
                communication.ImportKey = ImportKeys.Compute(communication);
                rows[i] = rows[i] with { Communication = communication, Status = ImportRowStatus.New };
            }
        }

        await MarkDuplicatesAsync(rows, cancellationToken);
        var sortedErrors = rowErrors.SelectMany(errors => errors.OrderBy(e => ColumnOrder(e.Field))).ToList();
        return new ImportPlan(rows, sortedErrors, file.IgnoredColumns);
    }

    /// <summary>
    /// Returns the crisis named in the row, or when the column is empty the active crisis whose provinces and
    /// window contain the row, with whether it was suggested. An unknown crisis code adds an error.
    /// </summary>
    private static (Crisis? Crisis, bool Suggested) ResolveCrisis(CallLogRow row, List<Crisis> crises, List<ImportError> errors)
    {
        if (row.CrisisCode is { } code)
        {
            var named = crises.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
            if (named is null)
            {
                errors.Add(new ImportError(row.Line, CallLogColumns.Crisis,
                    $"Unknown crisis code '{code}'. Known codes: {string.Join(", ", crises.Select(c => c.Code))}; or leave the cell empty."));
            }

            return (named, false);
        }

        if (row.Draft?.ReceivedAt is { } receivedAt)
        {
            var suggestion = CrisisSuggestion.Find(crises, row.Draft.ProvinceCode, receivedAt);
            return (suggestion, suggestion is not null);
        }

        return (null, false);
    }

    /// <summary>
    /// Adds the validator's errors under the columns they concern, except for a column that already has a
    /// parsing error: an unreadable date is reported once, not also as a missing one.
    /// </summary>
    private static void AddValidationErrors(int line, Dictionary<string, string[]> validation, List<ImportError> errors)
    {
        var columnsWithErrors = errors.Select(e => e.Field).ToHashSet();
        var byColumn = validation
            .Select(e => (Column: CallLogColumns.FromDraftProperty(e.Key), Messages: e.Value))
            .Where(e => !columnsWithErrors.Contains(e.Column))
            .OrderBy(e => ColumnOrder(e.Column));
        foreach (var (column, messages) in byColumn)
        {
            errors.AddRange(messages.Select(message => new ImportError(line, column, message)));
        }
    }

    /// <summary>Orders errors as the columns are documented; errors about the whole row come first.</summary>
    private static int ColumnOrder(string? column) =>
        column is null ? -1 : ColumnPositions.GetValueOrDefault(column, int.MaxValue);

    /// <summary>Marks valid rows already stored by an earlier import, then rows that repeat an earlier line.</summary>
    private async Task MarkDuplicatesAsync(List<PlannedRow> rows, CancellationToken cancellationToken)
    {
        var keys = rows.Where(r => r.Communication is not null).Select(r => r.Communication!.ImportKey!).Distinct().ToList();
        var stored = keys.Count == 0
            ? []
            : await db.Communications.AsNoTracking()
                .Where(c => c.ImportKey != null && EF.Parameter(keys).Contains(c.ImportKey))
                .Select(c => c.ImportKey!)
                .ToHashSetAsync(cancellationToken);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Communication is not { ImportKey: { } key })
            {
                continue;
            }

            if (stored.Contains(key))
            {
                rows[i] = rows[i] with { Status = ImportRowStatus.AlreadyImported };
            }
            else if (!seen.Add(key))
            {
                rows[i] = rows[i] with { Status = ImportRowStatus.DuplicateInFile };
            }
        }
    }

    private IQueryable<ImportBatch> OwnBatches(ClaimsPrincipal user)
    {
        var userId = user.GetUserId();
        var institutionId = user.GetInstitutionId();
        return db.ImportBatches.Where(b => b.UploadedBy == userId && b.InstitutionId == institutionId);
    }

    /// <summary>
    /// Marks up to 100 expired batches for deletion. The caller's SaveChanges deletes them and the
    /// audit interceptor records each deletion. Older ones go with the next upload.
    /// </summary>
    private async Task DeleteExpiredBatchesAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.UtcNow - UnconfirmedBatchLifetime;
        var expired = await db.ImportBatches
            .Where(b => b.CommittedAt == null && b.UploadedAt < cutoff)
            .OrderBy(b => b.UploadedAt)
            .Select(b => b.Id)
            .Take(100)
            .ToListAsync(cancellationToken);
        foreach (var id in expired)
        {
            // A key-only stub, so that the files' content is never loaded.
            var stub = new ImportBatch { Id = id, FileName = "", ContentHash = "", Content = [] };
            db.Entry(stub).State = EntityState.Deleted;
        }

        if (expired.Count > 0)
        {
            LogExpiredBatchesDeleted(logger, expired.Count);
        }
    }

    private static ImportPreview ToPreview(ImportBatch? batch, string fileName, ImportPlan plan)
    {
        int Count(ImportRowStatus status) => plan.Rows.Count(r => r.Status == status);

        return new ImportPreview
        {
            BatchId = batch?.Id,
            FileName = fileName,
            Rows = plan.Rows.Count,
            Valid = plan.Rows.Count(r => r.Status != ImportRowStatus.Invalid),
            New = Count(ImportRowStatus.New),
            AlreadyImported = Count(ImportRowStatus.AlreadyImported),
            DuplicatesInFile = Count(ImportRowStatus.DuplicateInFile),
            ErrorCount = plan.Errors.Count,
            Errors = plan.Errors.Take(MaxListedErrors).ToList(),
            IgnoredColumns = plan.IgnoredColumns,
            SuggestedCrises = plan.Rows
                .Where(r => r.CrisisSuggested && r.Crisis is not null)
                .GroupBy(r => r.Crisis!.Code)
                .Select(g => new CrisisSuggestionCount(g.Key, g.First().Crisis!.NameFr, g.Count()))
                .ToList(),
            FirstRows = plan.Rows.Take(MaxPreviewRows).Select(ToRowPreview).ToList(),
            ConfirmedAt = batch?.CommittedAt,
            ImportedCount = batch?.ImportedCount,
        };
    }

    private static ImportRowPreview ToRowPreview(PlannedRow row) => new(
        row.Line,
        row.Draft?.ReceivedAt,
        row.Draft?.Channel,
        row.Draft?.Category,
        row.Draft?.ProvinceCode,
        row.Crisis?.Code,
        row.CrisisSuggested,
        row.Status);

    /// <summary>Keeps the name without its path, control characters, or more than 260 characters.</summary>
    private static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "import.csv";
        }

        return name.Length <= MaxFileNameLength ? name : name[..MaxFileNameLength];
    }

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Import batch {BatchId} uploaded by {UserId}: {RowCount} rows, {ErrorCount} errors")]
    private static partial void LogUploaded(ILogger logger, Guid batchId, Guid userId, int rowCount, int errorCount);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Import file from {UserId} rejected with {ErrorCount} file errors, so nothing was stored")]
    private static partial void LogFileRejected(ILogger logger, Guid userId, int errorCount);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Import batch {BatchId} confirmed by {UserId}: {ImportedCount} imported, {SkippedCount} skipped")]
    private static partial void LogConfirmed(ILogger logger, Guid batchId, Guid userId, int importedCount, int skippedCount);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information,
        Message = "Confirmation of import batch {BatchId} rejected: {ErrorCount} errors")]
    private static partial void LogConfirmRejected(ILogger logger, Guid batchId, int errorCount);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "Deleting {BatchCount} expired unconfirmed import batches")]
    private static partial void LogExpiredBatchesDeleted(ILogger logger, int batchCount);
}
