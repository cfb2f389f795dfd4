using EMnr.Core.Geography;

namespace EMnr.Core.ReferenceData;

/// <summary>Seed row for one of the 12 regions, keyed by its ISO 3166-2:MA code (2015 division).</summary>
public sealed record RegionSeed(string Code, string NameFr, string NameAr);

/// <summary>Seed row for one prefecture or province, keyed by its ISO 3166-2:MA code (2015 division).</summary>
public sealed record ProvinceSeed(string Code, string RegionCode, string NameFr, string NameAr, ProvinceKind Kind);

/// <summary>Morocco's 12 regions and 75 prefectures and provinces from the 2015 division, with ISO 3166-2:MA codes.</summary>
public static class MoroccoDivisions
{
    public static IReadOnlyList<RegionSeed> Regions { get; } =
    [
        new("MA-01", "Tanger-Tétouan-Al Hoceïma", "طنجة - تطوان - الحسيمة"),
        new("MA-02", "L'Oriental", "الشرق"),
        new("MA-03", "Fès-Meknès", "فاس - مكناس"),
        new("MA-04", "Rabat-Salé-Kénitra", "الرباط - سلا - القنيطرة"),
        new("MA-05", "Béni Mellal-Khénifra", "بني ملال - خنيفرة"),
        new("MA-06", "Casablanca-Settat", "الدار البيضاء - سطات"),
        new("MA-07", "Marrakech-Safi", "مراكش - آسفي"),
        new("MA-08", "Drâa-Tafilalet", "درعة - تافيلالت"),
        new("MA-09", "Souss-Massa", "سوس - ماسة"),
        new("MA-10", "Guelmim-Oued Noun", "كلميم - واد نون"),
        new("MA-11", "Laâyoune-Sakia El Hamra", "العيون - الساقية الحمراء"),
        new("MA-12", "Dakhla-Oued Ed-Dahab", "الداخلة - وادي الذهب"),
    ];

    public static IReadOnlyList<ProvinceSeed> Provinces { get; } =
    [
        new("MA-TNG", "MA-01", "Tanger-Assilah", "طنجة - أصيلة", ProvinceKind.Prefecture),
        new("MA-MDF", "MA-01", "M'diq-Fnideq", "المضيق - الفنيدق", ProvinceKind.Prefecture),
        new("MA-TET", "MA-01", "Tétouan", "تطوان", ProvinceKind.Province),
        new("MA-FAH", "MA-01", "Fahs-Anjra", "الفحص - أنجرة", ProvinceKind.Province),
        new("MA-LAR", "MA-01", "Larache", "العرائش", ProvinceKind.Province),
        new("MA-HOC", "MA-01", "Al Hoceïma", "الحسيمة", ProvinceKind.Province),
        new("MA-CHE", "MA-01", "Chefchaouen", "شفشاون", ProvinceKind.Province),
        new("MA-OUZ", "MA-01", "Ouezzane", "وزان", ProvinceKind.Province),

        new("MA-OUJ", "MA-02", "Oujda-Angad", "وجدة - أنكاد", ProvinceKind.Prefecture),
        new("MA-NAD", "MA-02", "Nador", "الناظور", ProvinceKind.Province),
        new("MA-DRI", "MA-02", "Driouch", "الدريوش", ProvinceKind.Province),
        new("MA-JRA", "MA-02", "Jerada", "جرادة", ProvinceKind.Province),
        new("MA-BER", "MA-02", "Berkane", "بركان", ProvinceKind.Province),
        new("MA-TAI", "MA-02", "Taourirt", "تاوريرت", ProvinceKind.Province),
        new("MA-GUF", "MA-02", "Guercif", "جرسيف", ProvinceKind.Province),
        new("MA-FIG", "MA-02", "Figuig", "فجيج", ProvinceKind.Province),

        new("MA-FES", "MA-03", "Fès", "فاس", ProvinceKind.Prefecture),
        new("MA-MEK", "MA-03", "Meknès", "مكناس", ProvinceKind.Prefecture),
        new("MA-HAJ", "MA-03", "El Hajeb", "الحاجب", ProvinceKind.Province),
        new("MA-IFR", "MA-03", "Ifrane", "إفران", ProvinceKind.Province),
        new("MA-MOU", "MA-03", "Moulay Yacoub", "مولاي يعقوب", ProvinceKind.Province),
        new("MA-SEF", "MA-03", "Sefrou", "صفرو", ProvinceKind.Province),
        new("MA-BOM", "MA-03", "Boulemane", "بولمان", ProvinceKind.Province),
        new("MA-TAO", "MA-03", "Taounate", "تاونات", ProvinceKind.Province),
        new("MA-TAZ", "MA-03", "Taza", "تازة", ProvinceKind.Province),

        new("MA-RAB", "MA-04", "Rabat", "الرباط", ProvinceKind.Prefecture),
        new("MA-SAL", "MA-04", "Salé", "سلا", ProvinceKind.Prefecture),
        new("MA-SKH", "MA-04", "Skhirate-Témara", "الصخيرات - تمارة", ProvinceKind.Prefecture),
        new("MA-KEN", "MA-04", "Kénitra", "القنيطرة", ProvinceKind.Province),
        new("MA-KHE", "MA-04", "Khémisset", "الخميسات", ProvinceKind.Province),
        new("MA-SIK", "MA-04", "Sidi Kacem", "سيدي قاسم", ProvinceKind.Province),
        new("MA-SIL", "MA-04", "Sidi Slimane", "سيدي سليمان", ProvinceKind.Province),

        new("MA-BEM", "MA-05", "Béni Mellal", "بني ملال", ProvinceKind.Province),
        new("MA-AZI", "MA-05", "Azilal", "أزيلال", ProvinceKind.Province),
        new("MA-FQH", "MA-05", "Fquih Ben Salah", "الفقيه بن صالح", ProvinceKind.Province),
        new("MA-KHN", "MA-05", "Khénifra", "خنيفرة", ProvinceKind.Province),
        new("MA-KHO", "MA-05", "Khouribga", "خريبكة", ProvinceKind.Province),

        new("MA-CAS", "MA-06", "Casablanca", "الدار البيضاء", ProvinceKind.Prefecture),
        new("MA-MOH", "MA-06", "Mohammédia", "المحمدية", ProvinceKind.Prefecture),
        new("MA-JDI", "MA-06", "El Jadida", "الجديدة", ProvinceKind.Province),

        // NOTE: Debian iso-codes 4.15 gives MA-04 as the parent of MA-NOU, but Nouaceur lies in Casablanca-Settat.
        new("MA-NOU", "MA-06", "Nouaceur", "النواصر", ProvinceKind.Province),
        new("MA-MED", "MA-06", "Médiouna", "مديونة", ProvinceKind.Province),
        new("MA-BES", "MA-06", "Benslimane", "بنسليمان", ProvinceKind.Province),
        new("MA-BRR", "MA-06", "Berrechid", "برشيد", ProvinceKind.Province),
        new("MA-SET", "MA-06", "Settat", "سطات", ProvinceKind.Province),
        new("MA-SIB", "MA-06", "Sidi Bennour", "سيدي بنور", ProvinceKind.Province),

        new("MA-MAR", "MA-07", "Marrakech", "مراكش", ProvinceKind.Prefecture),
        new("MA-CHI", "MA-07", "Chichaoua", "شيشاوة", ProvinceKind.Province),
        new("MA-HAO", "MA-07", "Al Haouz", "الحوز", ProvinceKind.Province),
        new("MA-KES", "MA-07", "El Kelâa des Sraghna", "قلعة السراغنة", ProvinceKind.Province),
        new("MA-ESI", "MA-07", "Essaouira", "الصويرة", ProvinceKind.Province),
        new("MA-REH", "MA-07", "Rehamna", "الرحامنة", ProvinceKind.Province),
        new("MA-SAF", "MA-07", "Safi", "آسفي", ProvinceKind.Province),
        new("MA-YUS", "MA-07", "Youssoufia", "اليوسفية", ProvinceKind.Province),

        new("MA-ERR", "MA-08", "Errachidia", "الرشيدية", ProvinceKind.Province),
        new("MA-OUA", "MA-08", "Ouarzazate", "ورزازات", ProvinceKind.Province),
        new("MA-MID", "MA-08", "Midelt", "ميدلت", ProvinceKind.Province),
        new("MA-TIN", "MA-08", "Tinghir", "تنغير", ProvinceKind.Province),
        new("MA-ZAG", "MA-08", "Zagora", "زاكورة", ProvinceKind.Province),

        new("MA-AGD", "MA-09", "Agadir Ida-Outanane", "أكادير إدا وتنان", ProvinceKind.Prefecture),
        new("MA-INE", "MA-09", "Inezgane-Aït Melloul", "إنزكان أيت ملول", ProvinceKind.Prefecture),

        // NOTE: Debian iso-codes 4.15 gives MA-06 as the parent of MA-CHT, but Chtouka-Aït Baha lies in Souss-Massa.
        new("MA-CHT", "MA-09", "Chtouka-Aït Baha", "اشتوكة أيت باها", ProvinceKind.Province),
        new("MA-TAR", "MA-09", "Taroudant", "تارودانت", ProvinceKind.Province),
        new("MA-TIZ", "MA-09", "Tiznit", "تيزنيت", ProvinceKind.Province),
        new("MA-TAT", "MA-09", "Tata", "طاطا", ProvinceKind.Province),

        new("MA-GUE", "MA-10", "Guelmim", "كلميم", ProvinceKind.Province),
        new("MA-ASZ", "MA-10", "Assa-Zag", "أسا - الزاك", ProvinceKind.Province),
        new("MA-TNT", "MA-10", "Tan-Tan", "طانطان", ProvinceKind.Province),
        new("MA-SIF", "MA-10", "Sidi Ifni", "سيدي إفني", ProvinceKind.Province),

        new("MA-LAA", "MA-11", "Laâyoune", "العيون", ProvinceKind.Province),
        new("MA-BOD", "MA-11", "Boujdour", "بوجدور", ProvinceKind.Province),
        new("MA-TAF", "MA-11", "Tarfaya", "طرفاية", ProvinceKind.Province),
        new("MA-ESM", "MA-11", "Es-Semara", "السمارة", ProvinceKind.Province),

        new("MA-OUD", "MA-12", "Oued Ed-Dahab", "وادي الذهب", ProvinceKind.Province),
        new("MA-AOU", "MA-12", "Aousserd", "أوسرد", ProvinceKind.Province),
    ];
}
