using EMnr.Core.Communications;
using EMnr.Core.Crises;
using EMnr.Core.Text;
using EMnr.Core.Time;

namespace EMnr.Benchmarks;

/// <summary>One invented communication row, in the column order of the COPY into <c>communications</c>.</summary>
internal readonly record struct CommunicationRow(
    Guid Id,
    DateTimeOffset ReceivedAt,
    Channel Channel,
    ContactLanguage Language,
    CallerType CallerType,
    CommunicationCategory Category,
    RedirectDestination? RedirectedTo,
    string? ProvinceCode,
    Guid? CrisisId,
    string Summary,
    string SummarySearch,
    Guid InstitutionId,
    Guid OperatorId,
    Guid? ReportId,
    DateTimeOffset CreatedAt);

/// <summary>
/// Generates invented communications over three years of line activity. The same seed and row
/// count always give the same rows, except for the random bits of the UUIDv7 ids.
/// </summary>
internal sealed class SyntheticCommunications
{
    /// <summary>First local day of the generated period (Africa/Casablanca).</summary>
    public static readonly DateOnly PeriodStart = new(2023, 9, 1);

    /// <summary>First local day after the generated period: three years after <see cref="PeriodStart"/>.</summary>
    public static readonly DateOnly PeriodEnd = new(2026, 9, 1);

    /// <summary>Share of rows recorded for the Al Haouz crisis and tagged with its id.</summary>
    public const double CrisisShare = 0.02;

    /// <summary>Share of rows in the SuspectedTrafficking category.</summary>
    public const double SuspectedTraffickingShare = 0.02;

    /// <summary>Share of rows recorded by the Commission's hotline; partner institutions record the rest.</summary>
    public const double CommissionShare = 0.75;

    /// <summary>Word that the text-search benchmark looks for; it appears in one phrase of <see cref="SuspectedPhrases"/>.</summary>
    public const string RareSearchWord = "mendier";

    /// <summary>Word that the text-search benchmark looks for; it appears in several detail sentences.</summary>
    public const string CommonSearchWord = "rappel";

    private const int RandomSeed = 20260901;

    // Invented phrases, written for this benchmark. They describe no real person or case.
    private static readonly string[] SuspectedPhrases =
    [
        "Une voisine signale une adolescente employée comme domestique sans salaire.",
        "Des enfants sont emmenés chaque matin pour mendier près de la gare routière.",
        "Offre d'emploi à l'étranger qui exige de remettre son passeport à l'agence.",
        "Un ouvrier agricole dit que son employeur retient ses papiers et son salaire.",
        "إعلان على الإنترنت يعرض عملا في الخارج مع احتجاز جواز السفر.",
        "طفل يعمل في ورشة دون أجر ويمنع من الذهاب إلى المدرسة.",
    ];

    private static readonly string[] RedirectedPhrases =
    [
        "Vol de téléphone dans un marché, orienté vers la police.",
        "Litige entre voisins sans élément de traite, orienté vers les autorités locales.",
        "Violence conjugale signalée, orientée vers la cellule de prise en charge.",
        "Escroquerie en ligne à l'achat d'un véhicule, orientée vers la police.",
        "شكاية بخصوص نزاع عائلي، تمت إحالتها إلى السلطات المحلية.",
    ];

    private static readonly string[] InformationPhrases =
    [
        "Question sur les documents nécessaires pour un contrat de travail à l'étranger.",
        "Un enseignant demande comment repérer un élève en danger.",
        "استفسار عن دور الرقم الأخضر وساعات العمل.",
        "Une association demande la liste des partenaires du réseau.",
    ];

    private static readonly string[] OtherPhrases =
    [
        "Appel muet.",
        "Appel interrompu avant la fin.",
        "Appel sans suite.",
        "Erreur de numéro.",
    ];

    private static readonly string[] DetailSentences =
    [
        "",
        "L'appelant demande un rappel demain matin.",
        "Rappel prévu par l'équipe de permanence.",
        "L'appelant ne souhaite pas donner sa ville.",
        "Appel reçu en dehors des heures de pointe.",
        "المتصل سيعاود الاتصال لاحقا.",
        "Informations transmises au point focal régional.",
        "L'appelant a déjà contacté une association.",
    ];

    private static readonly RedirectDestination[] Destinations = Enum.GetValues<RedirectDestination>();

    private readonly Random random = new(RandomSeed);
    private readonly Crisis crisis;
    private readonly IReadOnlyList<string> provinceCodes;
    private readonly Guid commissionId;
    private readonly IReadOnlyList<Guid> partnerInstitutionIds;
    private readonly Guid[] operatorIds;
    private readonly Dictionary<string, string> foldedSummaries = new(StringComparer.Ordinal);

    public SyntheticCommunications(Crisis crisis, IReadOnlyList<string> provinceCodes, Guid commissionId, IReadOnlyList<Guid> partnerInstitutionIds)
    {
        this.crisis = crisis;
        this.provinceCodes = provinceCodes;
        this.commissionId = commissionId;
        this.partnerInstitutionIds = partnerInstitutionIds;
        operatorIds = Enumerable.Range(0, 40).Select(_ => NewGuid()).ToArray();
    }

    /// <summary>Generates <paramref name="count"/> rows sorted oldest first, the order in which a live line would insert them.</summary>
    public CommunicationRow[] Generate(int count)
    {
        var rows = new CommunicationRow[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = random.NextDouble() < CrisisShare ? CreateCrisisRow() : CreateOrdinaryRow();
        }

        Array.Sort(rows, (a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        return rows;
    }

    private CommunicationRow CreateOrdinaryRow()
    {
        var day = PeriodStart.AddDays(random.Next(PeriodEnd.DayNumber - PeriodStart.DayNumber));
        var province = random.Next(100) < 3 ? null : provinceCodes[random.Next(provinceCodes.Count)];
        return CreateRow(day, province, crisisId: null);
    }

    /// <summary>
    /// Creates a row tagged with the crisis: most fall in its reporting window with more in the
    /// first days, and some fall just before or after the window, where the figures must skip them.
    /// </summary>
    private CommunicationRow CreateCrisisRow()
    {
        var windowDays = crisis.WindowEnd.DayNumber - crisis.WindowStart.DayNumber + 1;
        DateOnly day;
        if (random.Next(100) < 90)
        {
            int offset;
            do
            {
                offset = (int)(-7 * Math.Log(1 - random.NextDouble()));
            }
            while (offset >= windowDays);

            day = crisis.WindowStart.AddDays(offset);
        }
        else
        {
            day = random.Next(2) == 0
                ? crisis.EventDate.AddDays(1 + random.Next(5))
                : crisis.WindowEnd.AddDays(1 + random.Next(28));
        }

        var province = crisis.ProvinceCodes[random.Next(crisis.ProvinceCodes.Count)];
        return CreateRow(day, province, crisis.Id);
    }

    private CommunicationRow CreateRow(DateOnly localDay, string? province, Guid? crisisId)
    {
        // The line is staffed from 07:00 to 22:00 local time; web forms arrive at any hour.
        var channel = PickChannel();
        var minutes = channel == Channel.WebForm ? random.Next(24 * 60) : (7 * 60) + random.Next(15 * 60);
        var localTime = localDay.ToDateTime(TimeOnly.MinValue).AddMinutes(minutes).AddSeconds(random.Next(60));
        var receivedAt = MoroccoTime.FromLocal(localTime);

        var category = PickCategory();
        var summary = ComposeSummary(category);
        var institutionId = random.NextDouble() < CommissionShare
            ? commissionId
            : partnerInstitutionIds[random.Next(partnerInstitutionIds.Count)];

        return new CommunicationRow(
            Guid.CreateVersion7(receivedAt),
            receivedAt,
            channel,
            PickLanguage(),
            (CallerType)random.Next(Enum.GetValues<CallerType>().Length),
            category,
            category == CommunicationCategory.OtherOffenceRedirected ? Destinations[random.Next(Destinations.Length)] : null,
            province,
            crisisId,
            summary,
            Fold(summary),
            institutionId,
            operatorIds[random.Next(operatorIds.Length)],
            PickReport(category, localDay),
            receivedAt.AddMinutes(random.Next(1, 180)));
    }

    private Channel PickChannel() => random.Next(100) switch
    {
        < 85 => Channel.GreenLine,
        < 90 => Channel.SocialMediaMonitoring,
        < 95 => Channel.WebForm,
        < 97 => Channel.Email,
        < 99 => Channel.InstitutionNotice,
        _ => Channel.WalkIn,
    };

    private ContactLanguage PickLanguage() => random.Next(100) switch
    {
        < 55 => ContactLanguage.Darija,
        < 75 => ContactLanguage.Tamazight,
        < 88 => ContactLanguage.Arabic,
        < 98 => ContactLanguage.French,
        _ => ContactLanguage.Other,
    };

    private CommunicationCategory PickCategory()
    {
        if (random.NextDouble() < SuspectedTraffickingShare)
        {
            return CommunicationCategory.SuspectedTrafficking;
        }

        return random.Next(100) switch
        {
            < 40 => CommunicationCategory.OtherOffenceRedirected,
            < 70 => CommunicationCategory.InformationRequest,
            < 88 => CommunicationCategory.SilentOrAbusive,
            _ => CommunicationCategory.Other,
        };
    }

    /// <summary>
    /// Sets a report on most suspected trafficking rows. Rows from the last 30 days of the period
    /// are more often still waiting, so the "reports to open" queue stays short.
    /// </summary>
    private Guid? PickReport(CommunicationCategory category, DateOnly localDay)
    {
        if (category != CommunicationCategory.SuspectedTrafficking)
        {
            return null;
        }

        var recent = localDay.DayNumber >= PeriodEnd.DayNumber - 30;
        var opened = random.Next(100) < (recent ? 40 : 97);
        return opened ? NewGuid() : null;
    }

    private string ComposeSummary(CommunicationCategory category)
    {
        var phrases = category switch
        {
            CommunicationCategory.SuspectedTrafficking => SuspectedPhrases,
            CommunicationCategory.OtherOffenceRedirected => RedirectedPhrases,
            CommunicationCategory.InformationRequest => InformationPhrases,
            _ => OtherPhrases,
        };
        var phrase = phrases[random.Next(phrases.Length)];
        var detail = DetailSentences[random.Next(DetailSentences.Length)];
        return detail.Length == 0 ? phrase : phrase + " " + detail;
    }

    /// <summary>Folds each distinct summary once and shares the string, since there are only a few hundred.</summary>
    private string Fold(string summary)
    {
        if (!foldedSummaries.TryGetValue(summary, out var folded))
        {
            folded = SearchText.Fold(summary);
            foldedSummaries[summary] = folded;
        }

        return folded;
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
