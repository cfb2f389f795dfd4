using EMnr.Core.Communications;

namespace EMnr.Web.Features.Imports;

/// <summary>
/// A problem found in an imported file. <see cref="Line"/> is the physical line in the file (the header is
/// line 1), or null for a problem with the whole file. <see cref="Field"/> is a column name such as
/// <c>received_at</c>, or null when the problem is not tied to one column.
/// </summary>
public sealed record ImportError(int? Line, string? Field, string Message);

/// <summary>
/// One data row of a call-log file. <see cref="Draft"/> is null when the row could not be split into the
/// header's columns. <see cref="CrisisCode"/> is the crisis column's value, which the importer resolves.
/// </summary>
public sealed record CallLogRow(int Line, CommunicationDraft? Draft, string? CrisisCode, IReadOnlyList<ImportError> Errors);

/// <summary>
/// A parsed call-log file. When <see cref="FileErrors"/> is not empty the file cannot be imported at all
/// and <see cref="Rows"/> is empty.
/// </summary>
public sealed record CallLogFile(
    IReadOnlyList<CallLogRow> Rows,
    IReadOnlyList<ImportError> FileErrors,
    IReadOnlyList<string> IgnoredColumns,
    char Separator)
{
    public static CallLogFile Failed(params ImportError[] errors) => new([], errors, [], '\0');
}
