using System.Diagnostics;
using System.Globalization;
using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Search.Indexing;

namespace InnovationNetwork.Cli.Terminal;

/// <summary>How progress is shown on stderr.</summary>
public enum ProgressMode
{
    /// <summary>A self-overwriting line when stderr is a terminal; nothing when it is redirected.</summary>
    Auto,

    /// <summary>One plain line per report, for logs and for tools that watch a long import.</summary>
    Plain,

    None,
}

/// <summary>
/// Progress on stderr: by default a single self-overwriting line, shown only when stderr is a terminal
/// (so logs and pipes stay clean) and redrawn at most five times a second.
/// </summary>
internal sealed class ProgressLine : IProgress<ImportProgress>, IProgress<long>, IProgress<IndexProgress>, IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ProgressMode _mode;
    private readonly string _verb;
    private readonly string _unit;
    private long _lastDrawMs = -1000;
    private bool _drawn;

    public ProgressLine(string verb, ProgressMode mode = ProgressMode.Auto, string unit = "lines")
    {
        _verb = verb;
        _unit = unit;
        _mode = mode == ProgressMode.Auto && Console.IsErrorRedirected ? ProgressMode.None : mode;
    }

    public void Report(ImportProgress value)
    {
        var percent = value.TotalBytes is > 0 ? $" ({100.0 * value.BytesRead / value.TotalBytes.Value:0}% of {value.Source})" : $" ({value.Source})";
        Draw($"{_verb} {value.Lines.ToString("N0", CultureInfo.InvariantCulture)} lines{percent}", value.Lines);
    }

    public void Report(long value) => Draw($"{_verb} {value.ToString("N0", CultureInfo.InvariantCulture)} {_unit}", value);

    public void Report(IndexProgress value) => Draw(
        string.Create(CultureInfo.InvariantCulture, $"{_verb} {value.Done:N0} of {value.Total:N0} {_unit}"), value.Done);

    public void Dispose()
    {
        if (_drawn && _mode == ProgressMode.Auto)
        {
            Console.Error.WriteLine();
        }
    }

    private void Draw(string text, long lines)
    {
        var now = _clock.ElapsedMilliseconds;
        if (_mode == ProgressMode.None || (_mode == ProgressMode.Auto && now - _lastDrawMs < 200))
        {
            return;
        }

        _lastDrawMs = now;
        _drawn = true;
        var rate = now > 0 ? lines * 1000.0 / now : 0;
        var line = $"{text}, {rate.ToString("N0", CultureInfo.InvariantCulture)} {_unit}/s";
        if (_mode == ProgressMode.Plain)
        {
            Console.Error.WriteLine("progress: " + line);
        }
        else
        {
            Console.Error.Write($"\r{line}   ");
        }
    }
}
