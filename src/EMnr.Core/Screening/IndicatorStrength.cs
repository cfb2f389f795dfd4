namespace EMnr.Core.Screening;

/// <summary>Grade of an indicator, as set by the experts of the ILO/EC Delphi survey (2009).</summary>
public enum IndicatorStrength
{
    Strong,
    Medium,
    Weak,
}
