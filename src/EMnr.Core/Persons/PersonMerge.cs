namespace EMnr.Core.Persons;

/// <summary>
/// A reviewer's decision that two records describe the same person. The merged record is kept and
/// points to the survivor, so that the merge can be undone. The report links that the merge added
/// are listed, so that an undo removes exactly those.
/// </summary>
public sealed class PersonMerge
{
    public Guid Id { get; set; }

    public Guid SurvivorId { get; set; }

    public Guid MergedId { get; set; }

    public string Reason { get; set; } = "";

    public List<Guid> AddedReportIds { get; set; } = [];

    public Guid MergedBy { get; set; }

    public DateTimeOffset MergedAt { get; set; }

    public Guid? UndoneBy { get; set; }

    public DateTimeOffset? UndoneAt { get; set; }
}
