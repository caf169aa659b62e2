using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>
/// Terms and postings enumerators kept per thread and segment for the scorers of a pruned search, which makes
/// the query's scorers afresh for every pass of every segment: each term's enumerators (several kilobytes of
/// buffers, plus a clone of the postings file) would otherwise be allocated again each time, and the garbage
/// collections they caused showed in the searches' median latency. A pass's scorers are done with when the
/// worker starts the next pass of the segment (<see cref="Release"/>), so their enumerators are handed out
/// again from there. Only the thread a worker runs on uses its pool, and only while <see cref="Active"/>;
/// other searches (counting, scoring every match) allocate as before.
/// </summary>
internal sealed class PooledPostings
{
    /// <summary>Per segment core: one pool per thread, dropped with the segment.</summary>
    [ThreadStatic]
    private static ConditionalWeakTable<object, PooledPostings>? _bySegment;

    [ThreadStatic]
    private static bool _active;

    private readonly Dictionary<string, Slots<TermsEnum>> _termsByField = new(StringComparer.Ordinal);
    private readonly Slots<DocsEnum> _docs = new();
    private readonly Slots<DocsAndPositionsEnum> _positions = new();

    /// <summary>Whether scorers made on this thread take their enumerators from its pool.</summary>
    public static bool Active => _active;

    /// <summary>Makes scorers on this thread use the pool until the returned scope ends.</summary>
    public static Scope Activate()
    {
        var was = _active;
        _active = true;
        return new Scope(was);
    }

    /// <summary>This thread's pool for the segment, when the pool is active; null otherwise.</summary>
    public static PooledPostings? For(AtomicReader segment)
    {
        if (!_active)
        {
            return null;
        }

        _bySegment ??= new ConditionalWeakTable<object, PooledPostings>();
        return _bySegment.GetValue(segment.CoreCacheKey, _ => new PooledPostings());
    }

    /// <summary>Every enumerator this thread handed out for the segment is free again: the scorers holding them are done.</summary>
    public static void Release(AtomicReader segment)
    {
        if (For(segment) is { } pool)
        {
            foreach (var terms in pool._termsByField.Values)
            {
                terms.FreeAll();
            }

            pool._docs.FreeAll();
            pool._positions.FreeAll();
        }
    }

    /// <summary>A terms enumerator of the field, positioned nowhere in particular (the caller seeks it).</summary>
    public TermsEnum Terms(Terms field, string name)
    {
        if (!_termsByField.TryGetValue(name, out var slots))
        {
            _termsByField[name] = slots = new Slots<TermsEnum>();
        }

        return slots.Take(field.GetEnumerator);
    }

    /// <summary>A postings enumerator to reuse (Lucene resets it, or makes a new one where it cannot be reused).</summary>
    public DocsEnum? ReusableDocs() => _docs.Peek();

    /// <summary>Records the postings enumerator handed out, which may be the one offered for reuse or a new one.</summary>
    public void TookDocs(DocsEnum docs) => _docs.Took(docs);

    /// <summary>A positions enumerator to reuse, as <see cref="ReusableDocs"/>.</summary>
    public DocsAndPositionsEnum? ReusablePositions() => _positions.Peek();

    public void TookPositions(DocsAndPositionsEnum positions) => _positions.Took(positions);

    public readonly struct Scope(bool was) : IDisposable
    {
        public void Dispose() => _active = was;
    }

    /// <summary>Objects handed out in order since the last <see cref="FreeAll"/>; those after them are free.</summary>
    private sealed class Slots<T>
        where T : class
    {
        private readonly List<T> _items = [];
        private int _used;

        public T Take(Func<T> create)
        {
            if (_used == _items.Count)
            {
                _items.Add(create());
            }

            return _items[_used++];
        }

        public T? Peek() => _used < _items.Count ? _items[_used] : null;

        /// <summary>The object handed out in the next slot: where Lucene made a new one, it replaces the old.</summary>
        public void Took(T item)
        {
            if (_used == _items.Count)
            {
                _items.Add(item);
            }
            else
            {
                _items[_used] = item;
            }

            _used++;
        }

        public void FreeAll() => _used = 0;
    }
}
