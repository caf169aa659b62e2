using InnovationNetwork.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Documents;

/// <summary>Maps a <see cref="SearchDocument"/> to the index's fields (see <see cref="SearchFields"/>).</summary>
public static class LuceneDocuments
{
    /// <summary>Joins context phrases in stored text; also keeps phrase matches from running across two phrases.</summary>
    public const string ContextSeparator = "; ";

    /// <summary>
    /// Id, type and region: indexed exactly as a <see cref="StringField"/> (one term, documents only, no norms),
    /// but tokenised by the writer's keyword analyzer (<see cref="SearchAnalyzers.ForIndexing"/>), whose token
    /// stream is reused per thread. A <see cref="StringField"/> makes a new token stream for every field of
    /// every document, and Lucene.Net looks up each attribute class of it under one global lock, which the
    /// writer threads contended for.
    /// </summary>
    private static readonly FieldType StoredKeyword = Keyword(stored: true);

    private static readonly FieldType UnstoredKeyword = Keyword(stored: false);

    /// <summary>
    /// Text matched only term by term (exact and fuzzy words, prefixes), never as a phrase: documents and
    /// frequencies without positions, which are a third of what indexing the unstemmed text costs.
    /// </summary>
    internal static readonly FieldType TermsOnlyText = TermsOnly();

    public static Document ToLucene(SearchDocument source)
    {
        var document = new Document
        {
            new Field(SearchFields.Id, source.Id, StoredKeyword),
            new SortedDocValuesField(SearchFields.Id, new BytesRef(source.Id)),
            new Field(SearchFields.Type, source.Label, StoredKeyword),
            new SortedDocValuesField(SearchFields.Type, new BytesRef(source.Label)),
        };
        foreach (var region in source.RegionIds.Distinct(StringComparer.Ordinal))
        {
            document.Add(new Field(SearchFields.Region, region, UnstoredKeyword));
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
            document.Add(new Field(SearchFields.TitlePrefix, words, TermsOnlyText));
        }

        var context = string.Join(ContextSeparator, source.Context);
        var bodyWords = TokenizedText.Of(source.Body);
        var contextWords = TokenizedText.Of(context);
        document.Add(new StoredField(SearchFields.Body, source.Body));
        document.Add(new TextField(SearchFields.Body, bodyWords));
        document.Add(new StoredField(SearchFields.Context, context));
        document.Add(new TextField(SearchFields.Context, contextWords));
        document.Add(new Field(SearchFields.TextExact, bodyWords, TermsOnlyText));
        document.Add(new Field(SearchFields.TextExact, contextWords, TermsOnlyText));
        return document;
    }

    private static FieldType Keyword(bool stored)
    {
        var type = new FieldType(stored ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED) { IsTokenized = true };
        type.Freeze();
        return type;
    }

    private static FieldType TermsOnly()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }
}
