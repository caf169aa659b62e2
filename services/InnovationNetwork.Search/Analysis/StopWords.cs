using Lucene.Net.Analysis.En;

namespace InnovationNetwork.Search.Analysis;

/// <summary>The English stop words the stemmed and exact fields leave out.</summary>
internal static class StopWords
{
    public static bool Contains(string word) => EnglishAnalyzer.DefaultStopSet.Contains(word);
}
