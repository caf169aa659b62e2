using InnovationNetwork.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Documents;

/// <summary>Maps a <see cref="SearchDocument"/> to the index's fields (see <see cref="SearchFields"/>).</summary>
public static class LuceneDocuments
{
    /// <summary>Joins context phrases in stored text; also keeps phrase matches from running across two phrases.</summary>
    public const string ContextSeparator = "; ";

    public static Document ToLucene(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, source.Id, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Id, new BytesRef(source.Id)),
            new StringField(SearchFields.Type, source.Label, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Type, new BytesRef(source.Label)),
        };
        foreach (var region in source.RegionIds.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.Region, region, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.Region, new BytesRef(region)));
        }

        // Each text is tokenised once and its tokens replayed into every field it feeds (see SearchAnalyzers.ForIndexing);
        // stored copies are separate fields.
        foreach (var title in source.Titles)
        {
            var words = TokenizedText.Of(title);
            document.Add(new StoredField(SearchFields.Title, title));
            document.Add(new TextField(SearchFields.Title, words));
            document.Add(new TextField(SearchFields.TitleExact, words));
            document.Add(new TextField(SearchFields.TitlePrefix, words));
        }

        var context = string.Join(ContextSeparator, source.Context);
        var bodyWords = TokenizedText.Of(source.Body);
        var contextWords = TokenizedText.Of(context);
        document.Add(new StoredField(SearchFields.Body, source.Body));
        document.Add(new TextField(SearchFields.Body, bodyWords));
        document.Add(new StoredField(SearchFields.Context, context));
        document.Add(new TextField(SearchFields.Context, contextWords));
        document.Add(new TextField(SearchFields.TextExact, bodyWords));
        document.Add(new TextField(SearchFields.TextExact, contextWords));
        return document;
    }
}
