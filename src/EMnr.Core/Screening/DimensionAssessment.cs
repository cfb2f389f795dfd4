namespace EMnr.Core.Screening;

/// <summary>Counts of ticked indicators in one dimension, by grade, and whether the dimension is present.</summary>
public sealed record DimensionAssessment(ScreeningDimension Dimension, int Strong, int Medium, int Weak, bool IsPresent)
{
    /// <summary>Reason that states whether the dimension is present and with which counts.</summary>
    public ScreeningReason Reason => new(
        IsPresent ? ScreeningReasonCode.DimensionPresent : ScreeningReasonCode.DimensionAbsent,
        Dimension,
        Strong,
        Medium,
        Weak);
}
