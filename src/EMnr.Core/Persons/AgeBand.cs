namespace EMnr.Core.Persons;

/// <summary>
/// Age bands that replace a date of birth when an identity is anonymised. No band straddles 18,
/// so that child and adult figures stay exact.
/// </summary>
public static class AgeBand
{
    public static (int Min, int Max) Of(int years) => years switch
    {
        < 15 => (years - (years % 5), years - (years % 5) + 4),
        < 18 => (15, 17),
        < 25 => (18, 24),
        _ => (years - (years % 5), Math.Min(years - (years % 5) + 4, PersonDraftValidator.MaxAge)),
    };
}
