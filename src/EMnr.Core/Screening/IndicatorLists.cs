namespace EMnr.Core.Screening;

/// <summary>Properties of the indicator lists.</summary>
public static class IndicatorLists
{
    /// <summary>Returns true for the lists meant for a person under 18 at the time of the facts.</summary>
    public static bool IsForChildren(this IndicatorList list) =>
        list is IndicatorList.ChildLabour or IndicatorList.ChildSexual;

    /// <summary>Two-letter prefix of indicator codes, such as "AL" in "AL-DR-01".</summary>
    public static string CodePrefix(this IndicatorList list) => list switch
    {
        IndicatorList.AdultLabour => "AL",
        IndicatorList.AdultSexual => "AS",
        IndicatorList.ChildLabour => "CL",
        IndicatorList.ChildSexual => "CS",
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Unknown indicator list."),
    };
}
