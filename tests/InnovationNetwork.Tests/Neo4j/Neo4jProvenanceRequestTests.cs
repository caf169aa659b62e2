using System.Globalization;
using System.Text.Json;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Neo4j.Store;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Neo4j;

/// <summary>
/// Versions and provenance on the wire: what the Neo4j store sends to stamp, check and read them, against a
/// loopback server answering in the Query API's recorded typed shape.
/// </summary>
public sealed class Neo4jProvenanceRequestTests
{
    private static readonly HttpClient Http = new();
    private static readonly WriteOrigin Seed = new("seed", "seed", DateTimeOffset.Parse("2026-01-02T03:04:05.678Z", CultureInfo.InvariantCulture));
    private static readonly WriteOrigin Editor = new("editor-key", "mutation:updateLab", DateTimeOffset.Parse("2026-02-03T04:05:06.789Z", CultureInfo.InvariantCulture));

    private static FakeResponse Rows(string fields, params string[] rows) => FakeResponse.Typed(
        $$"""{"data":{"fields":[{{fields}}],"values":[{{string.Join(",", rows)}}]},"bookmarks":[]}""");

    private static string S(string? value) => value is null ? """{"$type":"Null","_value":null}""" : $$"""{"$type":"String","_value":"{{value}}"}""";

    private static string I(long value) => $$"""{"$type":"Integer","_value":"{{value}}"}""";

    private static string Map(string members) => "{\"$type\":\"Map\",\"_value\":{" + members + "}}";

    private static string Ms(WriteOrigin origin) => origin.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>Opens a store whose fake server asks <paramref name="answer"/> first and otherwise answers as Neo4j would with an empty graph.</summary>
    private static async Task<(FakeQueryApiServer Server, Neo4jGraphStore Store)> OpenAsync(Func<RecordedRequest, FakeResponse?>? answer = null)
    {
        var server = new FakeQueryApiServer(r => answer?.Invoke(r) ?? r.Path switch
        {
            var p when p.EndsWith("/tx", StringComparison.Ordinal) => FakeResponse.Typed(RecordedShapes.TransactionOpened),
            var p when p.EndsWith("/commit", StringComparison.Ordinal) => new FakeResponse(200, RecordedShapes.Committed),
            var p when p.Contains("/tx/", StringComparison.Ordinal) => FakeResponse.Typed(RecordedShapes.TransactionStatement),
            _ when r.Statement.Contains("RETURN s.layout", StringComparison.Ordinal) => Rows("\"layout\"", $"[{I(2)}]"),
            _ => FakeResponse.Typed(RecordedShapes.Empty),
        });
        return (server, await Neo4jGraphStore.OpenAsync(QueryApiClientTests.Options(server.Uri), http: Http));
    }

    private static bool InTransaction(RecordedRequest request, string cypher) =>
        request.Method == "POST" && request.Path.Contains("/tx/", StringComparison.Ordinal) && !request.Path.EndsWith("/commit", StringComparison.Ordinal)
        && request.Statement.Contains(cypher, StringComparison.Ordinal);

    private static JsonElement Value(JsonElement typed) => typed.GetProperty("_value");

    private static JsonElement Row(RecordedRequest request, int index) => Value(Value(request.Parameter("rows"))[index]);

    private static void AssertOrigin(JsonElement typedMap, string half, WriteOrigin origin)
    {
        var map = Value(typedMap);
        Assert.Equal($$"""{"$type":"Integer","_value":"{{Ms(origin)}}"}""", map.GetProperty($"_{half}At").GetRawText());
        Assert.Equal(origin.Actor, Value(map.GetProperty($"_{half}By")).GetString());
        Assert.Equal(origin.Source, Value(map.GetProperty($"_{half}Source")).GetString());
    }

    [Fact]
    public async Task Commit_ShouldSendTheOriginOnceAndEachNodesSequenceAsItsVersion()
    {
        var (server, store) = await OpenAsync();
        using (server)
        await using (store)
        {
            await store.WriteAsync(
                new GraphBatch { Nodes = [SampleGraph.Lab("amrc", "AMRC"), SampleGraph.Skill("ml", "ML")], Relationships = [SampleGraph.Rel("lab:amrc", "HAS_SKILL", "skill:ml", ("level", 3))] },
                Editor);

            var labs = server.RequestList.Single(r => InTransaction(r, "n:Lab"));
            Assert.Contains("MERGE (n:GraphNode {id: row.id}) ON CREATE SET n += coalesce(row.created, $created)", labs.Statement, StringComparison.Ordinal);
            Assert.Contains("SET n = row.props\nSET n += created, n += coalesce(row.updated, $updated), n._version = row.version", labs.Statement, StringComparison.Ordinal);
            AssertOrigin(labs.Parameter("created"), "created", Editor);
            AssertOrigin(labs.Parameter("updated"), "updated", Editor);
            Assert.Equal(I(42), Row(labs, 0).GetProperty("version").GetRawText());
            Assert.False(Row(labs, 0).TryGetProperty("created", out _), "a row without recorded provenance takes the statement's origin");
            Assert.Equal(I(43), Row(server.RequestList.Single(r => InTransaction(r, "n:Skill")), 0).GetProperty("version").GetRawText());

            var relationships = server.RequestList.Single(r => InTransaction(r, "MERGE (s)-[r:HAS_SKILL]->(e)"));
            Assert.Contains("ON CREATE SET r += coalesce(row.created, $created)", relationships.Statement, StringComparison.Ordinal);
            Assert.Contains("SET r = row.props\nSET r += created, r += coalesce(row.updated, $updated)", relationships.Statement, StringComparison.Ordinal);
            AssertOrigin(relationships.Parameter("updated"), "updated", Editor);
        }
    }

    [Fact]
    public async Task Upsert_RecordedProvenance_ShouldTravelInItsRowAndItsCreationOutliveALaterUpsertInTheSession()
    {
        var (server, store) = await OpenAsync();
        using (server)
        await using (store)
        {
            var cli = new WriteOrigin("cli", "import:restore.jsonl", Editor.At.AddDays(1));
            await using (var session = await store.BeginWriteAsync(cli))
            {
                Assert.True(await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC"), new Provenance(Seed, Editor)));
                Assert.True(await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC, renamed")));
                await session.CommitAsync();
            }

            var labs = server.RequestList.Single(r => InTransaction(r, "n:Lab"));
            AssertOrigin(Row(labs, 0).GetProperty("created"), "created", Seed);
            AssertOrigin(Row(labs, 0).GetProperty("updated"), "updated", Editor);
            AssertOrigin(Row(labs, 1).GetProperty("created"), "created", Seed);
            AssertOrigin(Row(labs, 1).GetProperty("updated"), "updated", cli);
            Assert.Contains("CASE WHEN row.created IS NOT NULL THEN row.created", labs.Statement, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reads_StampedElements_ShouldNotLeakVersionOrProvenanceIntoProperties()
    {
        const string Stamps = """
            "_version":{"$type":"Integer","_value":"7"},"_createdAt":{"$type":"Integer","_value":"1767323045678"},
            "_createdBy":{"$type":"String","_value":"seed"},"_createdSource":{"$type":"String","_value":"seed"},
            "_updatedAt":{"$type":"Integer","_value":"1767323045678"},"_updatedBy":{"$type":"String","_value":"seed"},"_updatedSource":{"$type":"String","_value":"seed"}
            """;
        var labels = $$"""{"$type":"List","_value":[{{S("GraphNode")}},{{S("Lab")}}]}""";
        var lab = Map($"\"id\":{S("lab:amrc")},\"name\":{S("AMRC")},{Stamps}");
        var level = Map($"\"level\":{I(5)},{Stamps.Replace("\"_version\":{\"$type\":\"Integer\",\"_value\":\"7\"},", string.Empty, StringComparison.Ordinal)}");
        var (server, store) = await OpenAsync(r => r.Path.Contains("/tx", StringComparison.Ordinal) ? null : r.Statement switch
        {
            var s when s.StartsWith("UNWIND $ids AS id MATCH (n:GraphNode {id: id}) RETURN", StringComparison.Ordinal) =>
                Rows("\"id\",\"labels\",\"props\"", $"[{S("lab:amrc")},{labels},{lab}]"),
            var s when s.Contains("relProps", StringComparison.Ordinal) => Rows(
                "\"fromId\",\"startId\",\"type\",\"endId\",\"relProps\",\"id\",\"labels\",\"props\"",
                $"[{S("skill:robotics")},{S("lab:amrc")},{S("HAS_SKILL")},{S("skill:robotics")},{level},{S("lab:amrc")},{labels},{lab}]"),
            _ => null,
        });
        using (server)
        await using (store)
        {
            var node = Assert.Single(await store.GetNodesAsync(["lab:amrc"]));
            var neighbour = Assert.Single(await store.GetNeighboursAsync(new NeighbourQuery(["skill:robotics"], null, Direction.Incoming)));

            Assert.Equal(PropertyMap.From(("name", "AMRC")), node.Properties);
            Assert.Equal(PropertyMap.From(("name", "AMRC")), neighbour.Node.Properties);
            Assert.Equal(PropertyMap.From(("level", 5)), neighbour.Relationship.Properties);
        }
    }

    [Fact]
    public async Task NodeStamps_ShouldReadVersionAndProvenanceAndReportUnstampedNodesAsBeforeProvenance()
    {
        const long Since = 1_700_000_000_000;
        var (server, store) = await OpenAsync(r => !r.Path.Contains("/tx", StringComparison.Ordinal) && r.Statement.Contains("AS version", StringComparison.Ordinal)
            ? Rows(
                "\"id\",\"version\",\"since\",\"createdAt\",\"createdBy\",\"createdSource\",\"updatedAt\",\"updatedBy\",\"updatedSource\"",
                $"[{S("lab:amrc")},{I(12)},{I(Since)},{I(Seed.At.ToUnixTimeMilliseconds())},{S("seed")},{S("seed")},{I(Editor.At.ToUnixTimeMilliseconds())},{S(Editor.Actor)},{S(Editor.Source)}]",
                $"[{S("lab:old")},{I(3)},{I(Since)},{S(null)},{S(null)},{S(null)},{S(null)},{S(null)},{S(null)}]")
            : null);
        using (server)
        await using (store)
        {
            var stamps = await store.GetNodeStampsAsync(["lab:amrc", "lab:old", "lab:amrc"]);

            var before = new WriteOrigin("unknown", "before-provenance", DateTimeOffset.FromUnixTimeMilliseconds(Since));
            Assert.Equal([new NodeStamp("lab:amrc", 12, new Provenance(Seed, Editor)), new NodeStamp("lab:old", 3, new Provenance(before, before))], stamps);
            var request = server.RequestList.Last(r => r.Statement.Contains("AS version", StringComparison.Ordinal));
            Assert.Contains("OPTIONAL MATCH (c:GraphChange {key: 'n:' + n.id}) WHERE n._version IS NULL", request.Statement, StringComparison.Ordinal);
            Assert.Equal(2, Value(request.Parameter("ids")).GetArrayLength());
            Assert.Empty(await store.GetNodeStampsAsync([]));
        }
    }

    [Fact]
    public async Task RelationshipStamps_ShouldAskForStoredKeysOfKnownTypesOnly()
    {
        var (server, store) = await OpenAsync();
        using (server)
        await using (store)
        {
            Assert.Empty(await store.GetRelationshipStampsAsync([new RelationshipKey("skill:b", "RELATED_TO", "skill:a"), new RelationshipKey("lab:a", "NO_SUCH_TYPE", "skill:a")]));
            var requests = server.RequestList.Length;
            Assert.Empty(await store.GetRelationshipStampsAsync([new RelationshipKey("lab:a", "NO_SUCH_TYPE", "skill:a")]));

            Assert.Equal(requests, server.RequestList.Length);
            var request = server.RequestList.Single(r => r.Statement.Contains("UNWIND $keys", StringComparison.Ordinal));
            var key = Value(Assert.Single(Value(request.Parameter("keys")).EnumerateArray()));
            Assert.Equal(("skill:a", "RELATED_TO", "skill:b"), (Value(key.GetProperty("startId")).GetString(), Value(key.GetProperty("type")).GetString(), Value(key.GetProperty("endId")).GetString()));
            Assert.Contains("WHERE type(r) = key.type", request.Statement, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Version_InASession_ShouldBeTheCommittedOneThenAProvisionalOneAboveTheLastSequence()
    {
        var (server, store) = await OpenAsync(VersionedAmrc(conflict: null));
        using (server)
        await using (store)
        {
            await using (var session = await store.BeginWriteAsync(Editor))
            {
                Assert.Equal(7, await session.GetVersionAsync("lab:amrc"));
                Assert.True(await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC")));
                Assert.Equal(10, await session.GetVersionAsync("lab:amrc"));
                Assert.Null(await session.GetVersionAsync("lab:missing"));
                Assert.Equal(10, await session.CommitAsync());
            }

            var tx = server.RequestList.SkipWhile(r => !r.Path.EndsWith("/tx", StringComparison.Ordinal)).ToList();
            Assert.Contains("UNWIND $expected AS x", tx[1].Statement, StringComparison.Ordinal);
            var expected = Value(tx[1].Parameter("expected")).EnumerateArray().Select(Value)
                .Select(x => (Value(x.GetProperty("id")).GetString(), Value(x.GetProperty("version")).GetString()));
            Assert.Equal([("lab:amrc", "7"), ("lab:missing", "0")], expected);
            Assert.Contains("n:Lab", tx[2].Statement, StringComparison.Ordinal);
            Assert.Equal(I(10), Row(tx[2], 0).GetProperty("version").GetRawText());
            Assert.EndsWith("/commit", tx[^1].Path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Commit_VersionMovedOnAnotherInstance_ShouldThrowAConflictAndWriteNothing()
    {
        var (server, store) = await OpenAsync(VersionedAmrc(conflict: $"[{S("lab:amrc")},{I(7)},{I(12)}]"));
        using (server)
        await using (store)
        {
            await using (var session = await store.BeginWriteAsync(Editor))
            {
                Assert.Equal(7, await session.GetVersionAsync("lab:amrc"));
                await session.UpsertNodeAsync(SampleGraph.Lab("amrc", "AMRC"));

                var conflict = await Assert.ThrowsAsync<VersionConflictException>(() => session.CommitAsync());

                Assert.Equal(("lab:amrc", 7, 12), (conflict.Id, conflict.Expected, conflict.Actual));
            }

            Assert.DoesNotContain(server.RequestList, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
            Assert.DoesNotContain(server.RequestList, r => r.Method == "POST" && r.Body.Contains("UNWIND $rows", StringComparison.Ordinal));
            Assert.Contains(server.RequestList, r => r.Method == "DELETE" && r.Path.Contains("/tx/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Upsert_ReservedPropertyName_ShouldBeRefusedBeforeAnyRequest()
    {
        var (server, store) = await OpenAsync();
        using (server)
        await using (store)
        {
            var before = server.RequestList.Length;
            await using var session = await store.BeginWriteAsync(Editor);

            await Assert.ThrowsAsync<ArgumentException>(() => session.UpsertNodeAsync(new GraphNode("lab:x", "Lab", PropertyMap.From(("name", "X"), ("_version", 1)))).AsTask());

            Assert.Equal(before, server.RequestList.Length);
        }
    }

    [Fact]
    public async Task Open_OlderLayout_ShouldBeUpgradedInPlaceAndRememberWhenProvenanceBegan()
    {
        var (server, store) = await OpenAsync();
        using (server)
        await using (store)
        {
            var layout = server.RequestList.Single(r => r.Statement.Contains("RETURN s.layout", StringComparison.Ordinal));

            Assert.Contains("WHEN s.layout < $layout", layout.Statement, StringComparison.Ordinal);
            Assert.Contains("s.provenanceSince = coalesce(s.provenanceSince, timestamp())", layout.Statement, StringComparison.Ordinal);
            Assert.Equal(I(2), layout.Parameter("layout").GetRawText());
        }
    }

    /// <summary>lab:amrc committed at version 7 with the last sequence at 9; the version check reports <paramref name="conflict"/> (a row) or nothing.</summary>
    private static Func<RecordedRequest, FakeResponse?> VersionedAmrc(string? conflict) => r =>
    {
        if (r.Path.Contains("/tx/", StringComparison.Ordinal) && r.Method == "POST" && !r.Path.EndsWith("/commit", StringComparison.Ordinal)
            && r.Statement.Contains("UNWIND $expected", StringComparison.Ordinal))
        {
            return conflict is null ? Rows("\"id\",\"expected\",\"actual\"") : Rows("\"id\",\"expected\",\"actual\"", conflict);
        }

        if (r.Path.Contains("/tx", StringComparison.Ordinal))
        {
            return r.Path.EndsWith("/tx", StringComparison.Ordinal)
                ? FakeResponse.Typed(RecordedShapes.TransactionOpened.Replace("\"41\"", "\"9\"", StringComparison.Ordinal))
                : null;
        }

        return r.Statement switch
        {
            var s when s.Contains("AS version", StringComparison.Ordinal) && s.Contains("UNWIND $ids", StringComparison.Ordinal) =>
                Value(r.Parameter("ids"))[0].GetProperty("_value").GetString() == "lab:amrc"
                    ? Rows(
                        "\"id\",\"version\",\"since\",\"createdAt\",\"createdBy\",\"createdSource\",\"updatedAt\",\"updatedBy\",\"updatedSource\"",
                        $"[{S("lab:amrc")},{I(7)},{I(0)},{I(1)},{S("seed")},{S("seed")},{I(1)},{S("seed")},{S("seed")}]")
                    : Rows("\"id\""),
            var s when s.StartsWith("UNWIND $ids AS id MATCH (n:GraphNode {id: id}) RETURN", StringComparison.Ordinal) => Rows(
                "\"id\",\"labels\",\"props\"",
                $$"""[{{S("lab:amrc")}},{"$type":"List","_value":[{{S("GraphNode")}},{{S("Lab")}}]},{{Map($"\"id\":{S("lab:amrc")},\"name\":{S("Advanced Manufacturing Research Centre")}")}}]"""),
            var s when s.Contains("RETURN coalesce(s.last, 0) AS last", StringComparison.Ordinal) => Rows("\"last\"", $"[{I(9)}]"),
            _ => null,
        };
    };
}
