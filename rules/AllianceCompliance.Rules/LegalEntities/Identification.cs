using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.LegalEntities;

/// <summary>How a legal person is identified: a unified social credit code, or a registration abroad.</summary>
internal static class Identification
{
    /// <summary>Whether the details give a credit code or a foreign registration number.</summary>
    public static bool IsIdentified(LegalPerson person) =>
        person.CreditCode != null || !string.IsNullOrWhiteSpace(person.Registration?.Number);

    /// <summary>Whether the member is registered outside mainland China (a registration and no credit code).</summary>
    public static bool IsRegisteredAbroad(Member? member) =>
        member?.LegalPerson is { CreditCode: null, Registration: not null };
}
