namespace InnovationNetwork.Graph.Embedded.Sqlite;

/// <summary>One string instance per distinct value read, so millions of rows share a handful of type names.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    public string Get(string value)
    {
        if (!_seen.TryGetValue(value, out var shared))
        {
            _seen[value] = shared = value;
        }

        return shared;
    }
}
