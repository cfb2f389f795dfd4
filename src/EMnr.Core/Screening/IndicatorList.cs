namespace EMnr.Core.Screening;

/// <summary>
/// One of the four ILO/EC 2009 indicator lists. A child is a person under 18 at the time of the facts.
/// </summary>
public enum IndicatorList
{
    AdultLabour,
    AdultSexual,
    ChildLabour,
    ChildSexual,
}
