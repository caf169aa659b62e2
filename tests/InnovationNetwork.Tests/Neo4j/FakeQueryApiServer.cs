using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace InnovationNetwork.Tests.Neo4j;

/// <summary>
/// A stand-in for Neo4j's Query API on a loopback port: it records every request and answers with shapes
/// recorded from Neo4j's documentation (see <see cref="RecordedShapes"/>). No Neo4j runs in these tests.
/// </summary>
public sealed class FakeQueryApiServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<RecordedRequest, FakeResponse> _respond;
    private readonly CancellationTokenSource _stop = new();

    public FakeQueryApiServer(Func<RecordedRequest, FakeResponse> respond)
    {
        _respond = respond;
        Uri = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Uri.ToString());
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>Answers each request with the next response in order (the last one repeats).</summary>
    public FakeQueryApiServer(params FakeResponse[] responses)
        : this(Sequence(responses))
    {
    }

    public Uri Uri { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public RecordedRequest[] RequestList => [.. Requests];

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private static Func<RecordedRequest, FakeResponse> Sequence(FakeResponse[] responses)
    {
        var next = 0;
        return _ => responses[Math.Min(Interlocked.Increment(ref next) - 1, responses.Length - 1)];
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
                body);
            Requests.Enqueue(request);
            var response = _respond(request);
            context.Response.StatusCode = response.Status;
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(response.Body);
            if (bytes.Length > 0)
            {
                context.Response.ContentType = response.ContentType;
            }

            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}

public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string Statement => Json.GetProperty("statement").GetString()!;

    public JsonElement Parameter(string name) => Json.GetProperty("parameters").GetProperty(name);
}

public sealed record FakeResponse(int Status, string Body, string ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Typed(string body, int status = 202) => new(status, body, "application/vnd.neo4j.query");
}
