using System.Reflection;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Tests.Architecture;

/// <summary>Architecture rules as tests: the domain stays free of storage engines and hosts.</summary>
public sealed class DependencyRulesTests
{
    private static readonly Assembly Domain = typeof(IGraphStore).Assembly;

    [Theory]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("InnovationNetwork.Graph.Embedded")]
    [InlineData("InnovationNetwork.Api")]
    public void Domain_ShouldNotReference(string forbidden)
    {
        var offenders = Domain.GetReferencedAssemblies().Where(a => a.Name!.StartsWith(forbidden, StringComparison.Ordinal)).Select(a => a.Name);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Classes_InDomainAndStore_ShouldBeSealedOrAbstractOrStatic()
    {
        var assemblies = new[] { Domain, typeof(InnovationNetwork.Graph.Embedded.Sqlite.SqliteGraphStore).Assembly };
        var offenders = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsSealed: false, IsAbstract: false }
                && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null
                && t != typeof(GraphStoreException)) // the one deliberate base class: callers catch it for every store failure
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }
}
