namespace AllianceCompliance.Model;

/// <summary>
/// The alliance's permanent executive body (Art. 8(3)): the body <c>governance.executiveBody</c>
/// names or, when it names none, the only body with the execution role. There is no such fact when
/// several bodies have that role and none is named.
/// </summary>
/// <param name="Body">The body.</param>
/// <param name="Named">Whether <c>governance.executiveBody</c> names it.</param>
public sealed record ExecutiveBody(Body Body, bool Named);
