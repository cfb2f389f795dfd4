using EMnr.Core.Communications;
using EMnr.Core.Crises;
using EMnr.Core.Text;
using EMnr.Core.Time;

namespace EMnr.Web.Seeding;

/// <summary>
/// Builds the invented Al Haouz communications. Exactly 1,749 fall in the reporting window
/// (14 September to 3 October 2023, local days), 34 of them suspected trafficking, with more in the
/// first days. Others fall outside the window, and the crisis figures must not count them.
/// </summary>
public static class DemoCommunications
{
    public const int InWindowTotal = 1749;
    public const int InWindowSuspectedTrafficking = 34;
    public const int RandomSeed = 20230908;

    private static readonly string[] CrisisProvinces = ["MA-HAO", "MA-HAO", "MA-HAO", "MA-CHI", "MA-CHI", "MA-TAR", "MA-TAR", "MA-MAR", "MA-OUA", "MA-AZI"];
    private static readonly string[] OtherProvinces = ["MA-CAS", "MA-RAB", "MA-FES", "MA-TNG", "MA-AGD", "MA-OUJ"];

    private static readonly string[] TraffickingSummaries =
    [
        "Une personne propose d'héberger des enfants sinistrés contre un travail domestique en ville.",
        "Annonce sur un réseau social offrant des jeunes filles du douar pour le mariage.",
        "Un intermédiaire recrute des adolescents pour travailler dans une ferme, sans papiers ni salaire.",
        "شخص يعرض نقل أطفال متضررين من الزلزال إلى مدينة أخرى للعمل في المنازل.",
        "Signalement d'enfants emmenés pour mendier au centre-ville par un adulte inconnu.",
        "إعلان على شبكة التواصل الاجتماعي يعرض فتيات قاصرات مقابل المال.",
    ];

    private static readonly string[] RedirectedSummaries =
    [
        "Vol de biens dans une tente du camp, orienté vers la gendarmerie.",
        "Conflit familial sans élément de traite, orienté vers les autorités locales.",
        "Besoin urgent de soins pour une personne âgée, orienté vers les services de santé.",
        "نزاع حول توزيع المساعدات، تمت إحالته إلى السلطات المحلية.",
        "Demande de relogement, orientée vers les services sociaux.",
    ];

    private static readonly string[] InformationSummaries =
    [
        "Demande d'information sur les aides aux sinistrés.",
        "Question sur le rôle du numéro vert.",
        "استفسار عن كيفية التبليغ عن حالة اتجار بالبشر.",
        "Un bénévole demande comment signaler un comportement suspect.",
    ];

    private static readonly RedirectDestination[] Destinations =
    [
        RedirectDestination.Gendarmerie, RedirectDestination.Gendarmerie, RedirectDestination.LocalAuthorities,
        RedirectDestination.SocialServices, RedirectDestination.HealthServices, RedirectDestination.Police,
        RedirectDestination.CivilProtection, RedirectDestination.ChildProtection, RedirectDestination.Association,
    ];

    public static List<Communication> Generate(Crisis crisis, Guid institutionId, Guid operatorId)
    {
        var random = new Random(RandomSeed);
        var result = new List<Communication>();
        var days = crisis.WindowEnd.DayNumber - crisis.WindowStart.DayNumber + 1;
        var perDay = SplitDecreasing(InWindowTotal, days);
        var suspectedPerDay = SplitDecreasing(InWindowSuspectedTrafficking, days);

        for (var d = 0; d < days; d++)
        {
            var date = crisis.WindowStart.AddDays(d);
            for (var i = 0; i < perDay[d]; i++)
            {
                var category = i < suspectedPerDay[d] ? CommunicationCategory.SuspectedTrafficking : PickOtherCategory(random);
                result.Add(Create(random, date, category, crisis.Id, Pick(random, CrisisProvinces), institutionId, operatorId, result.Count));
            }
        }

        // Calls tagged with the crisis but outside its window: the days right after the quake and
        // the weeks after the window. The figures must leave them out.
        for (var i = 0; i < 120; i++)
        {
            var date = i < 50
                ? crisis.EventDate.AddDays(1 + (i % 5))
                : crisis.WindowEnd.AddDays(1 + (i % 28));
            result.Add(Create(random, date, PickAnyCategory(random), crisis.Id, Pick(random, CrisisProvinces), institutionId, operatorId, result.Count));
        }

        // Ordinary traffic on the line elsewhere in the country, not part of any crisis.
        var recentStart = new DateOnly(2024, 1, 1);
        for (var i = 0; i < 300; i++)
        {
            var date = recentStart.AddDays(random.Next(0, 1000));
            result.Add(Create(random, date, PickAnyCategory(random), null, Pick(random, OtherProvinces), institutionId, operatorId, result.Count));
        }

        return result;
    }

    /// <summary>Splits a total over days with weights that fall off over time, so that the first days get the most.</summary>
    public static int[] SplitDecreasing(int total, int days)
    {
        var weights = Enumerable.Range(0, days).Select(d => Math.Exp(-d / 7.0)).ToArray();
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var remainder = total - counts.Sum();
        foreach (var index in exact.Select((e, i) => (Fraction: e - Math.Floor(e), i)).OrderByDescending(x => x.Fraction).Take(remainder))
        {
            counts[index.i]++;
        }

        return counts;
    }

    private static Communication Create(
        Random random, DateOnly localDate, CommunicationCategory category, Guid? crisisId, string province,
        Guid institutionId, Guid operatorId, int sequence)
    {
        var localTime = localDate.ToDateTime(new TimeOnly(7, 0)).AddMinutes(random.Next(0, 15 * 60));
        var receivedAt = MoroccoTime.FromLocal(localTime);
        var summary = category switch
        {
            CommunicationCategory.SuspectedTrafficking => Pick(random, TraffickingSummaries),
            CommunicationCategory.OtherOffenceRedirected => Pick(random, RedirectedSummaries),
            CommunicationCategory.InformationRequest => Pick(random, InformationSummaries),
            CommunicationCategory.SilentOrAbusive => "Appel muet.",
            _ => "Appel sans suite.",
        };

        return new Communication
        {
            Id = Guid.CreateVersion7(receivedAt),
            ReceivedAt = receivedAt,
            Channel = random.Next(100) switch
            {
                < 88 => Channel.GreenLine,
                < 93 => Channel.SocialMediaMonitoring,
                < 97 => Channel.WebForm,
                _ => Channel.InstitutionNotice,
            },
            Language = random.Next(100) switch
            {
                < 55 => ContactLanguage.Darija,
                < 80 => ContactLanguage.Tamazight,
                < 92 => ContactLanguage.Arabic,
                _ => ContactLanguage.French,
            },
            CallerType = (CallerType)random.Next(0, 5),
            Category = category,
            RedirectedTo = category == CommunicationCategory.OtherOffenceRedirected ? Pick(random, Destinations) : null,
            ProvinceCode = province,
            CrisisId = crisisId,
            Summary = summary,
            SummarySearch = SearchText.Fold(summary),
            InstitutionId = institutionId,
            OperatorId = operatorId,
            ImportKey = DemoDataSeeder.ImportKeyPrefix + sequence.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            CreatedAt = receivedAt,
        };
    }

    private static CommunicationCategory PickOtherCategory(Random random) => random.Next(100) switch
    {
        < 45 => CommunicationCategory.OtherOffenceRedirected,
        < 75 => CommunicationCategory.InformationRequest,
        < 92 => CommunicationCategory.SilentOrAbusive,
        _ => CommunicationCategory.Other,
    };

    private static CommunicationCategory PickAnyCategory(Random random) =>
        random.Next(100) < 3 ? CommunicationCategory.SuspectedTrafficking : PickOtherCategory(random);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
