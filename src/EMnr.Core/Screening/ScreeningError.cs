namespace EMnr.Core.Screening;

/// <summary>A problem with a screening request, with the indicator code involved when there is one.</summary>
public sealed record ScreeningError(ScreeningErrorCode Code, string? IndicatorCode, string Message);
