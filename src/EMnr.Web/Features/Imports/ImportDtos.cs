namespace EMnr.Web.Features.Imports;

/// <summary>What confirming a row of a previewed file would do.</summary>
public enum ImportRowStatus
{
    /// <summary>Valid and not stored yet: confirming imports it.</summary>
    New,

    /// <summary>Valid, and a previous import already stored the same call.</summary>
    AlreadyImported,

    /// <summary>Valid, and an earlier line of the same file has the same content.</summary>
    DuplicateInFile,

    Invalid,
}

/// <summary>One row of a preview, without its summary.</summary>
public sealed record ImportRowPreview(
    int Line,
    DateTimeOffset? ReceivedAt,
    string? Channel,
    string? Category,
    string? ProvinceCode,
    string? CrisisCode,
    bool CrisisSuggested,
    ImportRowStatus Status);

/// <summary>Rows that the import attached to a crisis because their crisis column was empty.</summary>
public sealed record CrisisSuggestionCount(string CrisisCode, string CrisisName, int Rows);

/// <summary>
/// The result of reading an uploaded file: counts over every row, the errors, and the first rows.
/// <see cref="BatchId"/> is null when the file itself is unusable (encoding, header, row limit), because
/// nothing was stored for it.
/// </summary>
public sealed record ImportPreview
{
    public Guid? BatchId { get; init; }

    public required string FileName { get; init; }

    /// <summary>Data rows in the file, blank rows excluded.</summary>
    public int Rows { get; init; }

    public int Valid { get; init; }

    /// <summary>Valid rows that confirming would import.</summary>
    public int New { get; init; }

    /// <summary>Valid rows already stored by a previous import.</summary>
    public int AlreadyImported { get; init; }

    /// <summary>Valid rows that repeat an earlier line of the same file, which is imported once.</summary>
    public int DuplicatesInFile { get; init; }

    /// <summary>Total number of errors. <see cref="Errors"/> lists the first <see cref="CallLogImporter.MaxListedErrors"/>.</summary>
    public int ErrorCount { get; init; }

    public required IReadOnlyList<ImportError> Errors { get; init; }

    /// <summary>Header names that match no column, whose values are not imported.</summary>
    public required IReadOnlyList<string> IgnoredColumns { get; init; }

    public required IReadOnlyList<CrisisSuggestionCount> SuggestedCrises { get; init; }

    /// <summary>The first <see cref="CallLogImporter.MaxPreviewRows"/> rows of the file.</summary>
    public required IReadOnlyList<ImportRowPreview> FirstRows { get; init; }

    /// <summary>When the batch was confirmed, if it was.</summary>
    public DateTimeOffset? ConfirmedAt { get; init; }

    public int? ImportedCount { get; init; }

    public bool CanConfirm => BatchId is not null && ConfirmedAt is null && ErrorCount == 0 && Rows > 0;
}

/// <summary>The outcome of a confirmation: imported rows, and valid rows skipped as already stored or repeated.</summary>
public sealed record ImportConfirmation(int Imported, int Skipped);
