namespace EMnr.Core.Crises;

/// <summary>The Al Haouz earthquake of 8 September 2023 and the crisis cell's reporting window.</summary>
public static class AlHaouzEarthquake
{
    public const string Code = "SEISME-AL-HAOUZ-2023";

    public static Crisis Create() => new()
    {
        Id = Guid.Parse("0192a3f0-0000-7000-8000-000000000001"),
        Code = Code,
        NameFr = "Séisme d'Al Haouz",
        NameAr = "زلزال الحوز",
        NameEn = "Al Haouz earthquake",
        EventDate = new DateOnly(2023, 9, 8),
        WindowStart = new DateOnly(2023, 9, 14),
        WindowEnd = new DateOnly(2023, 10, 3),
        ProvinceCodes = ["MA-HAO", "MA-CHI", "MA-TAR", "MA-MAR", "MA-OUA", "MA-AZI"],
        IsActive = true,
    };
}
