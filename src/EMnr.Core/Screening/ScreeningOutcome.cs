namespace EMnr.Core.Screening;

/// <summary>Outcome suggested by the indicators. An officer takes the decision.</summary>
public enum ScreeningOutcome
{
    Negative,
    Positive,
}
