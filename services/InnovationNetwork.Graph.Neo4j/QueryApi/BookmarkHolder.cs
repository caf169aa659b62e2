namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>
/// The bookmarks of this client's latest write. Sent with every later request so that a read routed to a
/// secondary waits until it has caught up with that write: the client always reads its own writes.
/// </summary>
internal sealed class BookmarkHolder
{
    private IReadOnlyList<string> _bookmarks = [];

    public IReadOnlyList<string> Current => Volatile.Read(ref _bookmarks);

    public void Advance(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0)
        {
            Volatile.Write(ref _bookmarks, bookmarks);
        }
    }
}
