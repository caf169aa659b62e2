using InnovationNetwork.Analytics.Text;
using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>The texts text similarity compares, with the document frequencies its weights need.</summary>
internal sealed partial class SnapshotEditor
{
    private bool _ownFrequencies;

    /// <summary>Takes a bottleneck's or project's title and description; other nodes have no text.</summary>
    private void UpdateText(int index, GraphNode node)
    {
        if (node.Label is not ("Bottleneck" or "Project"))
        {
            return;
        }

        var terms = TermExtractor.Extract(node.Properties.GetString("title"), node.Properties.GetString("description"));
        var text = new TermCounts([.. terms.Keys.Select(TermId)], [.. terms.Values]);
        if (text.SameAs(_data.Terms[index]))
        {
            return;
        }

        RemoveText(index);
        var frequencies = Frequencies();
        foreach (var term in text.Terms)
        {
            frequencies[term]++;
        }

        Own(ref _data.Terms)[index] = text;
        _data.DocumentCount++;
    }

    private void RemoveText(int index)
    {
        if (_data.Terms[index] is not { } old)
        {
            return;
        }

        var frequencies = Frequencies();
        foreach (var term in old.Terms)
        {
            frequencies[term]--;
        }

        Own(ref _data.Terms)[index] = null;
        _data.DocumentCount--;
    }

    private int TermId(string term)
    {
        if (!_data.Vocabulary.TryGetValue(term, out var id))
        {
            id = _data.Vocabulary.Count;
            _data.Vocabulary[term] = id;
        }

        return id;
    }

    /// <summary>The document frequencies, owned by this version and long enough for every term id given out.</summary>
    private int[] Frequencies()
    {
        var frequencies = _data.DocumentFrequency;
        if (!_ownFrequencies || frequencies.Length < _data.Vocabulary.Count)
        {
            var copy = new int[Math.Max(frequencies.Length, _data.Vocabulary.Count + 1024)];
            Array.Copy(frequencies, copy, frequencies.Length);
            _data.DocumentFrequency = copy;
            _ownFrequencies = true;
        }

        return _data.DocumentFrequency;
    }
}
