using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AllianceCompliance.Cli.Tests;

/// <summary>The tool makes no network access: neither it nor the libraries it is built from name a networking API.</summary>
public sealed class NoNetworkTests
{
    [TestCase(typeof(AllianceCheck))]
    [TestCase(typeof(AgreementChecker))]
    [TestCase(typeof(AllianceCompliance.Rules.GuidingOpinions))]
    public void Assembly_OfTheTool_ReferencesNoNetworkingApi(Type type)
    {
        using var pe = new PEReader(File.OpenRead(type.Assembly.Location));
        var metadata = pe.GetMetadataReader();
        var assemblies = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
        var namespaces = metadata.TypeReferences.Select(h => metadata.GetString(metadata.GetTypeReference(h).Namespace)).Distinct().ToList();

        assemblies.ShouldNotContain(a => a.StartsWith("System.Net", StringComparison.Ordinal), string.Join(", ", assemblies));
        namespaces.ShouldNotContain(n => n.StartsWith("System.Net", StringComparison.Ordinal), string.Join(", ", namespaces));
        namespaces.ShouldContain("System.Collections.Generic", "the scan must see the types the assembly does use");
    }
}
