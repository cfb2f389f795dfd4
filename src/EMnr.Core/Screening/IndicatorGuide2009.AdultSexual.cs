using static EMnr.Core.Screening.IndicatorStrength;
using static EMnr.Core.Screening.IndicatorTexts2009;
using static EMnr.Core.Screening.ScreeningDimension;

namespace EMnr.Core.Screening;

public static partial class IndicatorGuide2009
{
    // 67 indicators, the items of the adult labour list in the same order, so AS and AL codes with the same
    // suffix name the same item. Grades differ for abduction at recruitment and forced tasks or clients.
    private static IEnumerable<Indicator> AdultSexual()
    {
        const IndicatorList list = IndicatorList.AdultSexual;
        return
        [
            .. Dimension(list, DeceptiveRecruitment,
                (NatureOfJob, Strong),
                (ConditionsOfWork, Medium),
                (WorkContract, Medium),
                (FamilyReunification, Medium),
                (HousingAndLivingConditions, Medium),
                (LegalDocumentation, Medium),
                (TravelAndRecruitmentConditions, Medium),
                (Wages, Medium),
                (MarriageOrAdoptionPromises, Medium),
                (EducationOpportunities, Weak)),
            .. Dimension(list, CoerciveRecruitment,
                (ViolenceOnVictim, Strong),
                (AbductionOrSale, Strong),
                (ConfiscationOfDocuments, Medium),
                (DebtBondage, Medium),
                (Isolation, Medium),
                (ThreatOfDenunciation, Medium),
                (ThreatOfViolence, Medium),
                (ThreatToInformFamily, Medium),
                (ViolenceOnFamily, Medium),
                (WithholdingOfMoney, Medium)),
            .. Dimension(list, RecruitmentByAbuseOfVulnerability,
                (DifficultFamilySituation, Medium),
                (IllegalStatus, Medium),
                (LackOfEducation, Medium),
                (LackOfInformation, Medium),
                (ControlOfExploiters, Medium),
                (EconomicReasons, Medium),
                (FalseInformationOnLaw, Medium),
                (FalseInformationOnMigration, Medium),
                (FamilySituation, Medium),
                (PersonalSituation, Medium),
                (EmotionalDependency, Medium),
                (RelationshipWithAuthorities, Medium),
                (CulturalOrReligiousBeliefs, Weak),
                (DifficultiesInThePast, Weak),
                (DifficultyToOrganiseTravel, Weak),
                (GeneralContext, Weak)),
            .. Dimension(list, ExploitativeConditions,
                (ExcessiveHours, Strong),
                (BadLivingConditions, Medium),
                (HazardousWork, Medium),
                (LowOrNoSalary, Medium),
                (LabourLawsNotRespected, Medium),
                (NoSocialProtection, Medium),
                (VeryBadWorkingConditions, Medium),
                (WageManipulation, Medium),
                (NoAccessToEducation, Weak)),
            .. Dimension(list, CoercionAtDestination,
                (ConfiscationOfDocuments, Strong),
                (DebtBondage, Strong),
                (Isolation, Strong),
                (ViolenceOnVictim, Strong),
                (ForcedIntoCriminalActivities, Medium),
                (ForcedTasksOrClients, Strong),
                (ForcedToActAgainstPeers, Medium),
                (ForcedToLie, Medium),
                (ThreatOfDenunciation, Medium),
                (ThreatOfWorseConditions, Medium),
                (ThreatOfViolence, Medium),
                (UnderStrongInfluence, Medium),
                (ViolenceOnFamily, Medium),
                (WithholdingOfWages, Medium),
                (ThreatToInformFamily, Weak)),
            .. Dimension(list, AbuseOfVulnerabilityAtDestination,
                (DependencyOnExploiters, Medium),
                (DifficultyInUnknownArea, Medium),
                (EconomicReasons, Medium),
                (FamilySituation, Medium),
                (RelationshipWithAuthorities, Medium),
                (DifficultiesInThePast, Weak),
                (PersonalCharacteristics, Weak)),
        ];
    }
}
