using System.Globalization;

namespace InnovationNetwork.Cli.Generation;

/// <summary>
/// A reusable character buffer for composing names and descriptions, so writing ~200k generated texts allocates
/// no strings: the JSON writer reads the span directly.
/// </summary>
internal sealed class TextBuffer
{
    private char[] _chars = new char[1024];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public TextBuffer Clear()
    {
        Length = 0;
        return this;
    }

    public TextBuffer Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + text.Length));
        }

        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    public TextBuffer Append(char character) => Append([character]);

    public TextBuffer Append(int number)
    {
        Span<char> digits = stackalloc char[12];
        number.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        return Append(digits[..written]);
    }

    /// <summary>Appends items as "a, b and c".</summary>
    public TextBuffer AppendList(ReadOnlySpan<int> items, string[] names)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                Append(i == items.Length - 1 ? " and " : ", ");
            }

            Append(names[items[i]]);
        }

        return this;
    }

    /// <summary>Appends the capital initial of each word ("Low-Carbon Battery" gives "LCB"), for abbreviations.</summary>
    public TextBuffer AppendInitials(ReadOnlySpan<char> text)
    {
        var atWordStart = true;
        foreach (var character in text)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                if (atWordStart)
                {
                    Append(char.ToUpperInvariant(character));
                }

                atWordStart = false;
            }
            else
            {
                atWordStart = true;
            }
        }

        return this;
    }

    /// <summary>Appends a lower-case, hyphenated form of <paramref name="text"/> (for generated web addresses).</summary>
    public TextBuffer AppendSlug(ReadOnlySpan<char> text)
    {
        var pendingHyphen = false;
        foreach (var character in text)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                if (pendingHyphen && Length > 0 && _chars[Length - 1] != '/' && _chars[Length - 1] != '.')
                {
                    Append('-');
                }

                Append(char.ToLowerInvariant(character));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return this;
    }
}
