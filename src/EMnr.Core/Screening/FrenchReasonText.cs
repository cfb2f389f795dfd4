using static EMnr.Core.Screening.ScreeningReasonCode;

namespace EMnr.Core.Screening;

internal static class FrenchReasonText
{
    private const string Threshold =
        "il faut au moins 2 forts, 1 fort et 1 moyen ou faible, 3 moyens, ou 2 moyens et 1 faible";

    private const string OfficerDecides = "Un agent doit l'examiner et décider.";

    /// <summary>Renders a reason whose dimension, for a dimension reason, the caller has checked.</summary>
    public static string Render(ScreeningReason reason) => reason.Code switch
    {
        DimensionPresent or DimensionAbsent => RenderDimension(reason, reason.Dimension!.Value),
        NoRecruitmentDimension =>
            "Aucune dimension de recrutement n'est présente (recrutement trompeur, coercitif ou par abus de vulnérabilité).",
        NoExploitativeConditions => "Les conditions d'exploitation ne sont pas présentes.",
        NoCoercionOrAbuseAtDestination =>
            "Ni la coercition ni l'abus de vulnérabilité à destination ne sont présents, or l'un des deux est requis pour un adulte.",
        DestinationNotRequiredForChild =>
            "La personne était un enfant au moment des faits, donc la coercition et l'abus de vulnérabilité à destination ne sont pas requis.",
        AdultRuleMet =>
            "Suggestion positive : une dimension de recrutement, les conditions d'exploitation et la coercition ou l'abus de vulnérabilité à destination sont présents. " + OfficerDecides,
        ChildRuleMet =>
            "Suggestion positive : une dimension de recrutement et les conditions d'exploitation sont présentes. " + OfficerDecides,
        RuleNotMet =>
            "Suggestion négative : les indicateurs cochés ne remplissent pas la règle qui combine les dimensions. Cela n'exclut pas la traite. " + OfficerDecides,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Code, "Unknown screening reason."),
    };

    private static string RenderDimension(ScreeningReason reason, ScreeningDimension dimension)
    {
        var name = Name(dimension);
        if (reason.Code == DimensionPresent)
        {
            return $"{name} {Agree(dimension, "présent")} : {Counts(reason)}.";
        }

        return ScreeningReasonText.NonZeroCounts(reason).Count == 0
            ? $"{name} {Agree(dimension, "absent")} : aucun indicateur coché."
            : $"{name} {Agree(dimension, "absent")} : {Counts(reason)}, ce qui ne suffit pas ({Threshold}).";
    }

    private static string Name(ScreeningDimension dimension) => dimension switch
    {
        ScreeningDimension.DeceptiveRecruitment => "Recrutement trompeur",
        ScreeningDimension.CoerciveRecruitment => "Recrutement coercitif",
        ScreeningDimension.RecruitmentByAbuseOfVulnerability => "Recrutement par abus de vulnérabilité",
        ScreeningDimension.ExploitativeConditions => "Conditions d'exploitation",
        ScreeningDimension.CoercionAtDestination => "Coercition à destination",
        ScreeningDimension.AbuseOfVulnerabilityAtDestination => "Abus de vulnérabilité à destination",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown screening dimension."),
    };

    /// <summary>Agrees a masculine singular adjective with the dimension's name.</summary>
    private static string Agree(ScreeningDimension dimension, string masculine) => dimension switch
    {
        ScreeningDimension.ExploitativeConditions => masculine + "es",
        ScreeningDimension.CoercionAtDestination => masculine + "e",
        _ => masculine,
    };

    /// <summary>Returns counts such as "2 indicateurs forts, 1 moyen et 1 faible".</summary>
    private static string Counts(ScreeningReason reason)
    {
        var phrases = new List<string>();
        foreach (var (count, strength) in ScreeningReasonText.NonZeroCounts(reason))
        {
            var adjective = strength switch
            {
                IndicatorStrength.Strong => "fort",
                IndicatorStrength.Medium => "moyen",
                _ => "faible",
            };
            var plural = count > 1 ? "s" : "";
            phrases.Add(phrases.Count == 0
                ? $"{count} indicateur{plural} {adjective}{plural}"
                : $"{count} {adjective}{plural}");
        }

        return ScreeningReasonText.Join(phrases, ", ", " et ");
    }
}
