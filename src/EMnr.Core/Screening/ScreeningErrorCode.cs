namespace EMnr.Core.Screening;

/// <summary>Reason why a screening request is invalid.</summary>
public enum ScreeningErrorCode
{
    /// <summary>An indicator code is null, empty or blank.</summary>
    EmptyIndicatorCode,

    /// <summary>No indicator of the guide version has this code.</summary>
    UnknownIndicator,

    /// <summary>The indicator belongs to another list than the one screened.</summary>
    IndicatorFromAnotherList,

    /// <summary>The same indicator is ticked more than once.</summary>
    DuplicateIndicator,

    /// <summary>A child list is screened for an adult, or an adult list for a child.</summary>
    ListDoesNotMatchAge,
}
