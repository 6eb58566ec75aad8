using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Archive.Tests.Architecture;

/// <summary>The layers of docs/architecture.md, as the compiled code has them.</summary>
public sealed class LayerTests
{
    private static readonly ArchUnitNET.Domain.Architecture Code = new ArchLoader().LoadAssemblies(
        typeof(Archive.Model.ArchiveDocument).Assembly,
        typeof(Archive.Web.Hosting.ArchiveHost).Assembly,
        typeof(Archive.Cli.ArchiveCommands).Assembly).Build();

    /// <summary>Archive.Core's namespaces, lowest first: each may use those before it, never one after.</summary>
    public static readonly string[] CoreLayers =
    [
        "Archive.Text", "Archive.Model", "Archive.Storage", "Archive.Extraction", "Archive.Index.Schema",
        "Archive.Search", "Archive.Browse", "Archive.Directives", "Archive.Import", "Archive.Index",
        "Archive.Export", "Archive.Evaluation",
    ];

    public static TheoryData<string> Layers => new(CoreLayers);

    [Fact]
    public void NoNamespaceDependsOnItselfInACircle() =>
        SliceRuleDefinition.Slices().Matching("Archive.(**)").Should().BeFreeOfCycles().Check(Code);

    [Theory]
    [MemberData(nameof(Layers))]
    public void ALayerUsesOnlyTheLayersBelowIt(string layer)
    {
        foreach (var higher in CoreLayers.SkipWhile(l => l != layer).Skip(1))
            Types().That().ResideInNamespace(layer)
                .Should().NotDependOnAny(Types().That().ResideInNamespace(higher))
                .Check(Code);
    }

    [Fact]
    public void EveryNamespaceOfTheCoreIsALayer()
    {
        var namespaces = Code.Namespaces.Select(n => n.FullName)
            .Where(n => n.StartsWith("Archive.", StringComparison.Ordinal)
                        && !n.StartsWith("Archive.Web", StringComparison.Ordinal)
                        && !n.StartsWith("Archive.Cli", StringComparison.Ordinal))
            .Where(n => Code.Types.Any(t => t.Namespace.FullName == n && !t.Name.StartsWith('<')))
            .Order(StringComparer.Ordinal);

        Assert.Equal(CoreLayers.Order(StringComparer.Ordinal), namespaces);
    }

    [Fact]
    public void TheCoreKnowsNothingOfTheSiteOrTheCommandLine() =>
        Types().That().ResideInAssembly(typeof(Archive.Model.ArchiveDocument).Assembly)
            .Should().NotDependOnAny(Types().That().ResideInAssembly(typeof(Archive.Web.Hosting.ArchiveHost).Assembly)
                .Or().ResideInAssembly(typeof(Archive.Cli.ArchiveCommands).Assembly))
            .Check(Code);
}
