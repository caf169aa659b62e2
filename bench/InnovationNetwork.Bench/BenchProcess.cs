using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InnovationNetwork.Bench;

/// <summary>The API service or the CLI as a child process, as a user runs them: real start-up, real HTTP on loopback.</summary>
internal sealed class BenchProcess : IDisposable
{
    private readonly Process _process;

    private BenchProcess(Process process) => _process = process;

    /// <summary>Starts the service on a free loopback port; settings are configuration keys (e.g. <c>GraphStore:DataDirectory</c>).</summary>
    public static async Task<(BenchProcess Process, Uri Address)> StartServiceAsync(IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = new BenchProcess(Start("InnovationNetwork.Api.dll", ["--urls", address.ToString()], settings));
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return (process, address);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        process.Dispose();
        throw new TimeoutException("the service did not start within 60 s");
    }

    /// <summary>Runs the CLI to completion; returns its wall-clock time (start-up included, as a user sees it).</summary>
    public static async Task<TimeSpan> RunCliAsync(params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        using var process = Start("innovation-network.dll", arguments, new Dictionary<string, string>());
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? clock.Elapsed : throw new InvalidOperationException($"the CLI exited with {process.ExitCode}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static Process Start(string assembly, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = false, RedirectStandardError = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Extensions.Diagnostics.HealthChecks"] = "Error"; // the benchmark polls /health while search catches up
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {assembly}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
