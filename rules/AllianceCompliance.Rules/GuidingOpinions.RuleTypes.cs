using AllianceCompliance.Rules.BindingAgreement;
using AllianceCompliance.Rules.Clauses;
using AllianceCompliance.Rules.FundManagement;
using AllianceCompliance.Rules.Interests;
using AllianceCompliance.Rules.LegalEntities;
using AllianceCompliance.Rules.OpenDevelopment;
using AllianceCompliance.Rules.Organisation;
using AllianceCompliance.Rules.Pilot;

namespace AllianceCompliance.Rules;

public static partial class GuidingOpinions
{
    /// <summary>
    /// Every rule of the set, in id order. Named here rather than found by scanning the assembly:
    /// the scan loads all of its 275 types (the rules' closures included), about 8 ms of a cold
    /// start. A test keeps this list equal to what a scan finds.
    /// </summary>
    internal static IReadOnlyList<Type> RuleTypes => Listed.Types;

    // A class of its own, so that the list is there whichever part of GuidingOpinions is initialized first.
    private static class Listed
    {
        public static readonly Type[] Types =
        [
            typeof(TooFewMembers),
            typeof(NoEnterprise),
            typeof(NoUniversityOrInstitute),
            typeof(MemberNotIndependent),
            typeof(LegalPersonUnstated),
            typeof(CreditCodeMalformed),
            typeof(CreditCodeCheckFails),
            typeof(CreditCodeKindMismatch),
            typeof(EntityListedTwice),
            typeof(EnterpriseStandingUnstated),
            typeof(ExpertiseUnstated),
            typeof(LeadMemberNotEnterprise),
            typeof(LeadMemberUnnamed),
            typeof(RepresentativeUnnamed),
            typeof(CertificateKindMismatch),
            typeof(MemberUnnamed),
            typeof(NoGoals),
            typeof(GoalUnmeasured),
            typeof(GoalUndated),
            typeof(GoalUnstated),
            typeof(MemberWithoutTask),
            typeof(TaskGoalUnknown),
            typeof(GoalWithoutTask),
            typeof(MemberNotSigned),
            typeof(SignatoryNotRepresentative),
            typeof(AuthorizationMissing),
            typeof(AuthorizationNotFromRepresentative),
            typeof(AuthorizationAfterSignature),
            typeof(AuthorizationIncomplete),
            typeof(SignatureNotSealed),
            typeof(SignatoryUnnamed),
            typeof(CapacityUnstated),
            typeof(SignatureUndated),
            typeof(EffectiveBeforeAllSigned),
            typeof(EffectiveDateUnstated),
            typeof(GoalDueOutsideTerm),
            typeof(TitleUnstated),
            typeof(AllianceUnnamed),
            typeof(GoverningLawUnstated),
            typeof(GovernanceMissing),
            typeof(DecisionBodyMissing),
            typeof(ConsultationBodyMissing),
            typeof(ExecutionBodyMissing),
            typeof(DecisionBodyWithoutMembers),
            typeof(DecisionRuleMissing),
            typeof(ExternalLiabilityEntityUnnamed),
            typeof(ExternalLiabilityEntityNotIndependent),
            typeof(ExternalLiabilityEntityDetached),
            typeof(ExecutionBodyUnhosted),
            typeof(ExecutionBodyWithoutStaff),
            typeof(ExecutiveBodyUnnamed),
            typeof(FundsSectionMissing),
            typeof(FundMeasuresMissing),
            typeof(FundMeasuresIncomplete),
            typeof(FundMeasuresContentUnstated),
            typeof(FundOversightMissing),
            typeof(GrantSupervisorUnnamed),
            typeof(GovernmentFundsOnly),
            typeof(GrantSupervisedInternally),
            typeof(FundSourcesUnstated),
            typeof(InterestsSectionMissing),
            typeof(BackgroundIpUnstated),
            typeof(ResultOwnershipUnstated),
            typeof(LicensingTermsUnstated),
            typeof(RevenueSharingUnstated),
            typeof(RevenueSharesNotWhole),
            typeof(RevenueSharePercentMissing),
            typeof(MemberSharedTwice),
            typeof(BreachLiabilityUnstated),
            typeof(OpennessSectionMissing),
            typeof(AdmissionUnstated),
            typeof(ExternalCooperationUnstated),
            typeof(DisseminationUnstated),
            typeof(GovernmentFundedSharingUnstated),
            typeof(TermUnstated),
            typeof(TermEndsBeforeStart),
            typeof(WithdrawalClauseMissing),
            typeof(WithdrawalNoticeUnstated),
            typeof(DissolutionClauseMissing),
            typeof(DissolutionProcedureUnstated),
            typeof(LiquidationUnstated),
            typeof(DissolutionConditionsUnstated),
            typeof(DisputeResolutionMissing),
            typeof(NoBindingDisputeMethod),
            typeof(ArbitrationAndLitigation),
            typeof(ArbitrationForumUnnamed),
            typeof(PilotMaterialMissing),
            typeof(MemberCertificateMissing),
            typeof(PowerOfAttorneyMissing),
            typeof(ApplicationBeforeEffect),
            typeof(SubmissionDateUnstated),
        ];
    }
}
