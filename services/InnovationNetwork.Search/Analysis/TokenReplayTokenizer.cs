using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace InnovationNetwork.Search.Analysis;

/// <summary>
/// The source of the index-time chains: emits the tokens of a <see cref="TokenizedText"/> (term, position
/// increment, offsets, and the end-of-stream state), so the filters after it see exactly what they would
/// after the shared base chain. Given any other reader, it runs the base chain over that text first.
/// </summary>
internal sealed class TokenReplayTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private TokenizedText? _text;
    private int _next;

    public TokenReplayTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input as TokenizedText ?? TokenizedText.Of(m_input);
        _next = 0;
    }

    public override bool IncrementToken()
    {
        if (_text is null || _next == _text.Count)
        {
            return false;
        }

        ClearAttributes();
        _text.CopyTo(_next++, _term, _increment, _offset);
        return true;
    }

    public override void End()
    {
        base.End();
        if (_text is not null)
        {
            _offset.SetOffset(_text.FinalOffset, _text.FinalOffset);
            _increment.PositionIncrement = _text.FinalIncrement;
        }
    }

    protected override void Dispose(bool disposing)
    {
        _text = null;
        base.Dispose(disposing);
    }
}
