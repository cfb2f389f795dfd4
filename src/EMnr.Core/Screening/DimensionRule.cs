namespace EMnr.Core.Screening;

/// <summary>
/// The ILO/EC 2009 rule for one dimension. A dimension is present with at least 2 strong indicators, or 1 strong
/// and 1 medium or weak, or 3 medium, or 2 medium and 1 weak. More indicators never remove a dimension, so
/// 1 strong alone, 2 medium alone, 1 medium and 2 weak, or weak indicators alone are not enough.
/// </summary>
public static class DimensionRule
{
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static bool IsPresent(int strong, int medium, int weak)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(strong);
        ArgumentOutOfRangeException.ThrowIfNegative(medium);
        ArgumentOutOfRangeException.ThrowIfNegative(weak);

        return strong >= 2
            || (strong >= 1 && medium + weak >= 1)
            || medium >= 3
            || (medium >= 2 && weak >= 1);
    }
}
