namespace InnovationNetwork.Search.Querying;

/// <summary>How a search finds its page: by scoring every match, or by the pruned search (<see cref="PrunedTopHits"/>).</summary>
internal enum Pruning
{
    /// <summary>Every match is scored into the page: what the pruned search is tested and measured against.</summary>
    Off,

    /// <summary>The pruned search; segments of up to <see cref="PrunedSegment.SmallSegment"/> documents are scored in one go.</summary>
    On,

    /// <summary>
    /// The pruned search with passes in every segment however small, so tests on small indexes exercise the
    /// passes a large index takes (the page must come out the same).
    /// </summary>
    InEverySegment,
}
