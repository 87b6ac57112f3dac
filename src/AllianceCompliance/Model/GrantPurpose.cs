namespace AllianceCompliance.Model;

/// <summary>What a government grant pays for.</summary>
public enum GrantPurpose
{
    /// <summary>Research and development projects, whose outcomes are shared outside (Art. 8(6)); written <c>project</c>.</summary>
    Project,

    /// <summary>The alliance's operation, such as its secretariat; it produces no project outcomes; written <c>operating</c>.</summary>
    Operating,
}
