using static EMnr.Core.Screening.IndicatorStrength;
using static EMnr.Core.Screening.IndicatorTexts2009;
using static EMnr.Core.Screening.ScreeningDimension;

namespace EMnr.Core.Screening;

public static partial class IndicatorGuide2009
{
    // 65 indicators, the items of the child labour list in the same order, so CS and CL codes with the same
    // suffix name the same item. Only hazardous work is graded differently, strong instead of medium.
    private static IEnumerable<Indicator> ChildSexual()
    {
        const IndicatorList list = IndicatorList.ChildSexual;
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
                (EducationOpportunities, Strong)),
            .. Dimension(list, CoerciveRecruitment,
                (ViolenceOnVictim, Strong),
                (AbductionOrSale, Strong),
                (ConfiscationOfDocuments, Medium),
                (DebtBondage, Strong),
                (Isolation, Medium),
                (ThreatOfDenunciation, Medium),
                (ThreatOfViolence, Strong),
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
                (FalseInformationOnMigration, Medium),
                (FamilySituation, Medium),
                (PersonalSituation, Medium),
                (EmotionalDependency, Medium),
                (RelationshipWithAuthorities, Medium),
                (CulturalOrReligiousBeliefs, Medium),
                (DifficultiesInThePast, Medium),
                (DifficultyToOrganiseTravel, Medium),
                (GeneralContext, Medium)),
            .. Dimension(list, ExploitativeConditions,
                (ExcessiveHours, Strong),
                (BadLivingConditions, Medium),
                (HazardousWork, Strong),
                (LowOrNoSalary, Medium),
                (LabourLawsNotRespected, Medium),
                (VeryBadWorkingConditions, Medium),
                (WageManipulation, Medium),
                (NoAccessToEducation, Medium)),
            .. Dimension(list, CoercionAtDestination,
                (ConfiscationOfDocuments, Strong),
                (DebtBondage, Strong),
                (Isolation, Strong),
                (ViolenceOnVictim, Strong),
                (ForcedIntoCriminalActivities, Strong),
                (ForcedTasksOrClients, Strong),
                (ForcedToActAgainstPeers, Medium),
                (ForcedToLie, Medium),
                (ThreatOfDenunciation, Medium),
                (ThreatOfWorseConditions, Medium),
                (ThreatOfViolence, Strong),
                (UnderStrongInfluence, Strong),
                (ViolenceOnFamily, Medium),
                (WithholdingOfWages, Medium),
                (ThreatToInformFamily, Medium)),
            .. Dimension(list, AbuseOfVulnerabilityAtDestination,
                (DependencyOnExploiters, Medium),
                (DifficultyInUnknownArea, Medium),
                (EconomicReasons, Medium),
                (FamilySituation, Medium),
                (RelationshipWithAuthorities, Medium),
                (DifficultiesInThePast, Medium),
                (PersonalCharacteristics, Medium)),
        ];
    }
}
