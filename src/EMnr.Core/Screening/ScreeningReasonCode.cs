namespace EMnr.Core.Screening;

/// <summary>Kind of a screening reason, which <see cref="ScreeningReasonText"/> renders in French, Arabic and English.</summary>
public enum ScreeningReasonCode
{
    /// <summary>A dimension is present. The reason carries its dimension and counts.</summary>
    DimensionPresent,

    /// <summary>A dimension is absent. The reason carries its dimension and counts.</summary>
    DimensionAbsent,

    /// <summary>None of the three recruitment dimensions is present.</summary>
    NoRecruitmentDimension,

    /// <summary>The exploitative conditions dimension is absent.</summary>
    NoExploitativeConditions,

    /// <summary>An adult has neither coercion nor abuse of vulnerability at destination.</summary>
    NoCoercionOrAbuseAtDestination,

    /// <summary>The person was a child, so the dimensions at destination are not required.</summary>
    DestinationNotRequiredForChild,

    /// <summary>The adult rule is met: the suggestion is positive.</summary>
    AdultRuleMet,

    /// <summary>The child rule is met: the suggestion is positive.</summary>
    ChildRuleMet,

    /// <summary>The rule is not met: the suggestion is negative.</summary>
    RuleNotMet,
}
