namespace AllianceCompliance.Model;

/// <summary>What the fund management measures regulate (pilot procedure, internal management (3)).</summary>
public enum FundTopic
{
    /// <summary>The management organisation; written <c>organisation</c>.</summary>
    Organisation,

    /// <summary>Matching of project funds; written <c>matching</c>.</summary>
    Matching,

    /// <summary>Use of project funds; written <c>use</c>.</summary>
    Use,

    /// <summary>Supervision; written <c>supervision</c>.</summary>
    Supervision,

    /// <summary>Accountability; written <c>accountability</c>.</summary>
    Accountability,

    /// <summary>Sharing of intellectual property; written <c>ip-sharing</c>.</summary>
    IpSharing,

    /// <summary>Budgeting; written <c>budget</c>.</summary>
    Budget,

    /// <summary>Audit; written <c>audit</c>.</summary>
    Audit,
}
