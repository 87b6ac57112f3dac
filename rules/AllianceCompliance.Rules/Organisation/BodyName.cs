using System.Globalization;
using AllianceCompliance.Model;

namespace AllianceCompliance.Rules.Organisation;

/// <summary>How messages name a body: by its id, else its name, else its position.</summary>
internal static class BodyName
{
    public static string Of(Body body) =>
        body.Id ?? body.Name ?? string.Create(CultureInfo.InvariantCulture, $"bodies[{body.Index}]");
}
