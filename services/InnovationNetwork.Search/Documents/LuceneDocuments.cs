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

        foreach (var title in source.Titles)
        {
            document.Add(new TextField(SearchFields.Title, title, Field.Store.YES));
            document.Add(new TextField(SearchFields.TitleExact, title, Field.Store.NO));
            document.Add(new TextField(SearchFields.TitlePrefix, title, Field.Store.NO));
        }

        var context = string.Join(ContextSeparator, source.Context);
        document.Add(new TextField(SearchFields.Body, source.Body, Field.Store.YES));
        document.Add(new TextField(SearchFields.Context, context, Field.Store.YES));
        document.Add(new TextField(SearchFields.TextExact, source.Body, Field.Store.NO));
        document.Add(new TextField(SearchFields.TextExact, context, Field.Store.NO));
        return document;
    }
}
