namespace EMnr.Core.Persons;

public enum Sex
{
    Female,
    Male,
    Unknown,
}

public enum Vulnerability
{
    AffectedByEarthquake,
    Orphaned,
    Unaccompanied,
    Displaced,
    Disability,
    Migrant,
    Other,
}

/// <summary>Identification status, from potential victim to a conclusive decision.</summary>
public enum IdentificationStatus
{
    PotentialVictim,
    PresumedVictim,
    IdentifiedVictim,
    NotAVictim,
}
