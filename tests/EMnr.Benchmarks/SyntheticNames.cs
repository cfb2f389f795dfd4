using EMnr.Core.Persons;

namespace EMnr.Benchmarks;

/// <summary>
/// Invented full names for the casework data set, in Latin and Arabic script, with the search text
/// the app stores (<see cref="NameFolding.ForPerson"/>). Combining a first name, a father's name and
/// a family name gives many names, with the repetitions of real registers.
/// </summary>
internal static class SyntheticNames
{
    private static readonly (string Latin, string Arabic)[] FirstNames =
    [
        ("Amina", "أمينة"), ("Fatima", "فاطمة"), ("Khadija", "خديجة"), ("Salma", "سلمى"), ("Nadia", "نادية"),
        ("Houda", "هدى"), ("Imane", "إيمان"), ("Zineb", "زينب"), ("Hajar", "هاجر"), ("Meryem", "مريم"),
        ("Aicha", "عائشة"), ("Latifa", "لطيفة"), ("Samira", "سميرة"), ("Rachida", "رشيدة"), ("Karima", "كريمة"),
        ("Mohamed", "محمد"), ("Youssef", "يوسف"), ("Omar", "عمر"), ("Hamza", "حمزة"), ("Mehdi", "مهدي"),
        ("Rachid", "رشيد"), ("Said", "سعيد"), ("Karim", "كريم"), ("Anas", "أنس"), ("Ilyas", "إلياس"),
        ("Ayoub", "أيوب"), ("Hicham", "هشام"), ("Nabil", "نبيل"), ("Tarik", "طارق"), ("Driss", "إدريس"),
        ("Moussa", "موسى"), ("Ibrahima", "إبراهيما"), ("Mamadou", "مامادو"), ("Aminata", "أميناتا"), ("Fatou", "فاتو"),
        ("Awa", "آوا"), ("Ousmane", "عثمان"), ("Chinedu", "تشينيدو"), ("Grace", "غريس"), ("Blessing", "بليسينغ"),
    ];

    private static readonly (string Latin, string Arabic)[] FatherNames =
    [
        ("Ahmed", "أحمد"), ("Mustapha", "مصطفى"), ("Abdellah", "عبد الله"), ("Hassan", "حسن"), ("Hussein", "حسين"),
        ("Brahim", "ابراهيم"), ("Lahcen", "لحسن"), ("Mbarek", "مبارك"), ("Abdelkader", "عبد القادر"), ("Mohammed", "محمد"),
        ("Ali", "علي"), ("Aziz", "عزيز"), ("Jamal", "جمال"), ("Khalid", "خالد"), ("Noureddine", "نور الدين"),
        ("Bouchaib", "بوشعيب"), ("Larbi", "العربي"), ("Miloud", "ميلود"), ("Allal", "علال"), ("Hamid", "حميد"),
        ("Idriss", "إدريس"), ("Salah", "صلاح"), ("Tahar", "الطاهر"), ("Yassine", "ياسين"), ("Zakaria", "زكرياء"),
        ("Ismail", "إسماعيل"), ("Abdelali", "عبد العالي"), ("Boubacar", "بوبكر"), ("Sekou", "سيكو"), ("Emeka", "إيميكا"),
        ("Kofi", "كوفي"), ("Lamine", "الأمين"), ("Seydou", "سيدو"), ("Adama", "آداما"), ("Bakary", "باكاري"),
        ("Modou", "مودو"), ("Cheikh", "الشيخ"), ("Souleymane", "سليمان"), ("Yaya", "يايا"), ("Tidiane", "تيجان"),
    ];

    private static readonly (string Latin, string Arabic)[] FamilyNames =
    [
        ("El Idrissi", "الإدريسي"), ("Benali", "بنعلي"), ("Alaoui", "العلوي"), ("Bennani", "بناني"), ("Tazi", "التازي"),
        ("Berrada", "برادة"), ("El Amrani", "العمراني"), ("Chraibi", "الشرايبي"), ("Lahlou", "لحلو"), ("Fassi", "الفاسي"),
        ("Ouazzani", "الوزاني"), ("Bouzidi", "البوزيدي"), ("El Mansouri", "المنصوري"), ("Naciri", "الناصري"), ("Kettani", "الكتاني"),
        ("Sabri", "صبري"), ("Haddad", "حداد"), ("Zerouali", "الزروالي"), ("Belhaj", "بلحاج"), ("Hajji", "الحجي"),
        ("Ait Ali", "آيت علي"), ("Ait Ouahmane", "آيت وحمان"), ("Oubella", "أوبلا"), ("Amzil", "أمزيل"), ("Akhiat", "أخيات"),
        ("Boukhari", "البخاري"), ("Ziani", "الزياني"), ("Rifi", "الريفي"), ("Soussi", "السوسي"), ("Doukkali", "الدكالي"),
        ("Filali", "الفيلالي"), ("Jabri", "الجابري"), ("Kabbaj", "القباج"), ("Lamrani", "اللمراني"), ("Mernissi", "المرنيسي"),
        ("Nejjar", "النجار"), ("Ouali", "الوالي"), ("Rahmouni", "الرحموني"), ("Sqalli", "السقلي"), ("Tahiri", "الطاهري"),
        ("Diallo", "ديالو"), ("Traore", "تراوري"), ("Coulibaly", "كوليبالي"), ("Diop", "ديوب"), ("Ndiaye", "نداي"),
        ("Keita", "كيتا"), ("Camara", "كامارا"), ("Sow", "سو"), ("Toure", "توري"), ("Okafor", "أوكافور"),
        ("Mensah", "منساه"), ("Kouassi", "كواسي"), ("Bamba", "بامبا"), ("Sylla", "سيلا"), ("Cisse", "سيسي"),
        ("Fofana", "فوفانا"), ("Konate", "كوناتي"), ("Sangare", "سانغاري"), ("Ouedraogo", "ويدراوغو"), ("Eze", "إيزي"),
    ];

    /// <summary>Every combination, in a fixed order: Latin names, Arabic names and the stored search texts.</summary>
    public static (string[] Latin, string[] Arabic, string[] Search) All()
    {
        var count = FirstNames.Length * FatherNames.Length * FamilyNames.Length;
        var latin = new string[count];
        var arabic = new string[count];
        var search = new string[count];
        var i = 0;
        foreach (var first in FirstNames)
        {
            foreach (var father in FatherNames)
            {
                foreach (var family in FamilyNames)
                {
                    latin[i] = $"{first.Latin} {father.Latin} {family.Latin}";
                    arabic[i] = $"{first.Arabic} {father.Arabic} {family.Arabic}";
                    search[i] = NameFolding.ForPerson(latin[i], arabic[i]);
                    i++;
                }
            }
        }

        return (latin, arabic, search);
    }
}
