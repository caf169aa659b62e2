namespace InnovationNetwork.Tests.Neo4j;

/// <summary>
/// Response bodies in the shapes shown in Neo4j's Query API documentation (query-api, "Plain JSON", "Typed JSON",
/// "Run transactions", "Errors"), with values adapted to this project's graph. They are recorded shapes, not
/// answers captured from a running Neo4j: none was run on this machine.
/// </summary>
public static class RecordedShapes
{
    public const string PlainNodeAndName = """
        {"data":{"fields":["lab","name"],"values":[[{"elementId":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2","labels":["GraphNode","Lab"],"properties":{"id":"lab:amrc","name":"AMRC","founded":2001}},"AMRC"]]},
         "bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
        """;

    public const string TypedValues = """
        {"data":{"fields":["lab","budget","founded","started","tags"],"values":[[
          {"$type":"Node","_value":{"_element_id":"4:ff04df25-ff2b-4b55-98f8-6888297b025e:2","_labels":["GraphNode","Lab"],
            "_properties":{"id":{"$type":"String","_value":"lab:amrc"},"founded":{"$type":"Integer","_value":"2001"}}}},
          {"$type":"Float","_value":"100000.0"},
          {"$type":"Integer","_value":"2001"},
          {"$type":"Date","_value":"2024-05-01"},
          {"$type":"List","_value":[{"$type":"String","_value":"robotics"},{"$type":"Null","_value":null}]}
        ]]},"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
        """;

    public const string TypedRelationship = """
        {"data":{"fields":["r"],"values":[[{"$type":"Relationship","_value":{"_element_id":"5:ff04df25:0","_start_node_element_id":"4:ff04df25:1",
          "_end_node_element_id":"4:ff04df25:2","_type":"HAS_SKILL","_properties":{"level":{"$type":"Integer","_value":"5"}}}}]]},"bookmarks":[]}
        """;

    public const string Counters = """
        {"data":{"fields":[],"values":[]},
         "counters":{"containsUpdates":true,"nodesCreated":2,"nodesDeleted":0,"propertiesSet":6,"relationshipsCreated":1,"relationshipsDeleted":0,
                     "labelsAdded":4,"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":0,"constraintsRemoved":0,
                     "containsSystemUpdates":false,"systemUpdates":0},
         "bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}
        """;

    public const string Empty = """{"data":{"fields":[],"values":[]},"bookmarks":[]}""";

    public const string TransactionOpened = """
        {"data":{"fields":["base"],"values":[[{"$type":"Integer","_value":"41"}]]},"bookmarks":[],
         "transaction":{"id":"4a7b9c3d","expires":"2024-10-22T15:48:29Z"}}
        """;

    public const string TransactionStatement = """
        {"data":{"fields":["written"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":[],
         "transaction":{"id":"4a7b9c3d","expires":"2024-10-22T15:49:29Z"}}
        """;

    public const string Committed = """{"data":{"fields":[],"values":[]},"bookmarks":["FB:committed-bookmark"]}""";

    public static string Error(string code, string message) =>
        $$"""{"errors":[{"code":"{{code}}","message":"{{message}}"}]}""";

    public static readonly string SyntaxError = Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'");

    public static readonly string Unauthorized = Error("Neo.ClientError.Security.Unauthorized", "Invalid credential.");

    public static readonly string DatabaseNotFound = Error("Neo.ClientError.Database.DatabaseNotFound", "Graph not found: graphs");

    public static readonly string Deadlock = Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock");

    public static readonly string TransactionNotFound = Error(
        "Neo.ClientError.Request.Invalid", "Transaction with Id: \\\"4a7b9c3d\\\" was not found. It may have timed out and therefore rolled back.");

    /// <summary>A statement that failed while its results streamed: the status was already sent, the errors array says it failed.</summary>
    public static readonly string FailedAfterStreaming = """
        {"data":{"fields":["x"],"values":[]},"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}
        """;
}
