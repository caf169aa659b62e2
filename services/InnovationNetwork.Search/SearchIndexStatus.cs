namespace InnovationNetwork.Search;

public enum SearchIndexState
{
    /// <summary>Checking the index on disk.</summary>
    Starting,

    /// <summary>Building a new index from the store; searches are refused until it is done.</summary>
    Building,

    /// <summary>Applying store changes the index has not seen; searches answer from the index as it is.</summary>
    CatchingUp,

    /// <summary>In step with the store.</summary>
    Ready,

    /// <summary>The last attempt to build or update failed; retried in the background.</summary>
    Failed,
}

/// <summary>Where the index stands against the store, for health checks and operators.</summary>
public sealed record SearchIndexStatus(
    SearchIndexState State,
    long AppliedSequence,
    long StoreSequence,
    long DocumentsIndexed,
    long DocumentsTotal,
    string Message);

/// <summary>No index can answer yet (first build running, or it failed).</summary>
public sealed class SearchUnavailableException(string message) : Exception(message);
