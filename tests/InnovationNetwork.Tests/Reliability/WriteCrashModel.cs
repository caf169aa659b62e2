namespace InnovationNetwork.Tests.Reliability;

/// <summary>
/// What the store must hold: every acknowledged write, applied. A write in flight when the service was killed
/// may or may not have committed, but only wholly: <see cref="Settle"/> accepts exactly its before or after state.
/// </summary>
internal sealed class WriteCrashModel
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly List<PendingWrite> _pending = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _names.Count;
            }
        }
    }

    public IReadOnlyDictionary<string, string> Snapshot()
    {
        lock (_gate)
        {
            return new Dictionary<string, string>(_names, StringComparer.Ordinal);
        }
    }

    /// <summary>An existing firm to change, or null when there is none yet.</summary>
    public (string Id, string Name)? Pick(Random random)
    {
        lock (_gate)
        {
            return _names.Count == 0 ? null : _names.ElementAt(random.Next(_names.Count)) is var (id, name) ? (id, name) : null;
        }
    }

    /// <summary>Records a write about to be sent: ids mapped to their names after it (null: deleted).</summary>
    public PendingWrite Begin(string description, IReadOnlyDictionary<string, string?> after)
    {
        lock (_gate)
        {
            var before = after.Keys.ToDictionary(id => id, id => _names.GetValueOrDefault(id), StringComparer.Ordinal);
            var pending = new PendingWrite(description, before, after);
            _pending.Add(pending);
            return pending;
        }
    }

    /// <summary>The service acknowledged the write: it must survive any crash from now on.</summary>
    public void Acknowledge(PendingWrite write)
    {
        lock (_gate)
        {
            Apply(write.After);
            _pending.Remove(write);
        }
    }

    /// <summary>The service refused the write (an expected conflict): nothing changes.</summary>
    public void Forget(PendingWrite write)
    {
        lock (_gate)
        {
            _pending.Remove(write);
        }
    }

    /// <summary>
    /// After a restart: each write that was in flight must be found wholly applied or wholly absent in
    /// <paramref name="stored"/>; the model takes whichever it was. Returns the half-applied ones.
    /// </summary>
    public List<string> Settle(IReadOnlyDictionary<string, string> stored)
    {
        lock (_gate)
        {
            var halfApplied = new List<string>();
            foreach (var write in _pending)
            {
                if (Matches(write.After, stored))
                {
                    Apply(write.After);
                }
                else if (!Matches(write.Before, stored))
                {
                    halfApplied.Add(write.Description);
                }
            }

            _pending.Clear();
            return halfApplied;
        }
    }

    private static bool Matches(IReadOnlyDictionary<string, string?> state, IReadOnlyDictionary<string, string> stored) =>
        state.All(p => p.Value is null ? !stored.ContainsKey(p.Key) : stored.GetValueOrDefault(p.Key) == p.Value);

    private void Apply(IReadOnlyDictionary<string, string?> state)
    {
        foreach (var (id, name) in state)
        {
            if (name is null)
            {
                _names.Remove(id);
            }
            else
            {
                _names[id] = name;
            }
        }
    }
}

internal sealed record PendingWrite(string Description, IReadOnlyDictionary<string, string?> Before, IReadOnlyDictionary<string, string?> After);
