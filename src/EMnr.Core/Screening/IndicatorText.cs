namespace EMnr.Core.Screening;

/// <summary>Wording of an indicator in French, Arabic and English, shared by every list that uses it.</summary>
internal sealed record IndicatorText(string Fr, string Ar, string En);
