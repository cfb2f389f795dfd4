namespace EMnr.Core.Communications;

/// <summary>Who made contact.</summary>
public enum CallerType
{
    PotentialVictim,
    Relative,
    Witness,
    Professional,
    Anonymous,
}
