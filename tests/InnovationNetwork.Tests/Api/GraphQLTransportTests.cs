using System.Net;
using System.Text.Json;
using static InnovationNetwork.Tests.Api.TransportResponse;

namespace InnovationNetwork.Tests.Api;

/// <summary>GraphQL over HTTP at /graphql: request forms, status codes, media types and error codes.</summary>
public sealed class GraphQLTransportTests(GraphQLTransportFixture fixture) : IClassFixture<GraphQLTransportFixture>
{
    private const string Json = "application/json";
    private const string GraphQLResponseJson = "application/graphql-response+json";

    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Theory]
    [InlineData("""{"query":"{ __typename }"}""")]
    [InlineData("""{"query":"query A { __typename } query B { __typename }","operationName":"B","variables":null,"extensions":{}}""")]
    [InlineData("""{"query":"query Q($skip: Boolean!) { __typename @skip(if: $skip) }","variables":{"skip":false}}""")]
    public async Task Post_Query_ShouldAnswerWithData(string body)
    {
        var response = await SendAsync(_client, Post(body));

        AssertOk(response, Json);
        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("{ __typename }")]
    [InlineData("query Named { __typename }")]
    public async Task Get_Query_ShouldAnswerWithData(string query)
    {
        var response = await SendAsync(_client, Get(query));

        AssertOk(response, Json);
        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Post_GraphQLResponseAccepted_ShouldAnswerInThatType()
    {
        var response = await SendAsync(_client, Post("""{"query":"{ __typename }"}""", accept: GraphQLResponseJson));

        AssertOk(response, GraphQLResponseJson);
    }

    [Theory]
    [InlineData("""{ "query": "{ __typename" """, "malformed JSON")]
    [InlineData("""{ "query": "{ __typename }", "variables": "{}" }""", "variables as a string")]
    [InlineData("""{ "query": 42 }""", "query as a number")]
    [InlineData("""{ "query": "{ __typename }", "operationName": ["a"] }""", "operationName as an array")]
    [InlineData("""{ "query": "{ __typename }", "extensions": true }""", "extensions as a boolean")]
    [InlineData("""{ "qeury": "{ __typename }" }""", "no query")]
    [InlineData("""[{ "query": "{ __typename }" }, 7]""", "a batch item that is not an object")]
    [InlineData("[]", "an empty batch")]
    [InlineData("", "an empty body")]
    public async Task Post_BadRequest_ShouldBe400WithBadRequestCode(string body, string because)
    {
        var response = await SendAsync(_client, Post(body));

        AssertError(response, HttpStatusCode.BadRequest, Json, "BAD_REQUEST", because);
    }

    [Fact]
    public async Task Post_InvalidUtf8_ShouldBe400NotAServerError()
    {
        using var request = Post("");
        request.Content = new ByteArrayContent([.. """{"query":"{ __typename """u8, 0xFF, .. """}"}"""u8]);
        request.Content.Headers.ContentType = new(Json);

        var response = await SendAsync(_client, request);

        AssertError(response, HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_NotJsonInUtf8_ShouldBe415(string contentType)
    {
        var response = await SendAsync(_client, Post("""{"query":"{ __typename }"}""", contentType));

        AssertError(response, HttpStatusCode.UnsupportedMediaType, Json, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("mutation { __typename }")]
    [InlineData("subscription { __typename }")]
    public async Task Get_NotAQuery_ShouldBe405AllowingPost(string query)
    {
        var response = await SendAsync(_client, Get(query, accept: GraphQLResponseJson));

        AssertError(response, HttpStatusCode.MethodNotAllowed, GraphQLResponseJson, "METHOD_NOT_ALLOWED");
        Assert.Equal(["POST"], response.Message.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_WithoutQuery_ShouldBe400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));

        var response = await SendAsync(_client, request);

        AssertError(response, HttpStatusCode.BadRequest, Json, "BAD_REQUEST");
    }

    [Fact]
    public async Task Post_BatchOfTwo_ShouldAnswerWithTwoResultsInOrder()
    {
        var response = await SendAsync(_client, Post("""[{"query":"{ __typename }"},{"query":"{ nope }"}]"""));

        AssertOk(response, Json);
        Assert.Equal(JsonValueKind.Array, response.Body.ValueKind);
        Assert.Equal(2, response.Body.GetArrayLength());
        Assert.Equal("Query", response.Body[0].GetProperty("data").GetProperty("__typename").GetString());
        Assert.True(response.Body[1].TryGetProperty("errors", out _), "the second query names no field of Query");
    }

    [Fact]
    public async Task Post_BatchOverTheCap_ShouldBe400BatchTooLarge()
    {
        var batch = string.Join(',', Enumerable.Repeat("""{"query":"{ __typename }"}""", GraphQLTransportFixture.MaxBatchSize + 1));

        var response = await SendAsync(_client, Post($"[{batch}]"));

        AssertError(response, HttpStatusCode.BadRequest, Json, "BATCH_TOO_LARGE");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_BodyOverTheLimit_ShouldBe413(bool withoutContentLength)
    {
        var padding = new string('x', GraphQLTransportFixture.MaxRequestBytes);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query = "{ __typename }", extensions = new { pad = padding } });
        using var request = Post("");
        // A stream of unknown length is sent chunked: the limit must hold without Content-Length too.
        request.Content = withoutContentLength ? new StreamContent(new UnseekableStream(body)) : new ByteArrayContent(body);
        request.Content.Headers.ContentType = new(Json);

        var response = await SendAsync(_client, request);

        AssertError(response, HttpStatusCode.RequestEntityTooLarge, Json, "REQUEST_TOO_LARGE");
    }

    [Theory]
    [InlineData("{ __typename", "a parse error")]
    [InlineData("{ nope }", "a validation error")]
    public async Task Post_NotExecutableAcceptingGraphQLResponse_ShouldBe400WithoutData(string query, string because)
    {
        var response = await SendAsync(_client, Post(JsonSerializer.Serialize(new { query }), accept: GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.Message.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.False(response.Body.TryGetProperty("data", out _), because);
        Assert.NotEmpty(response.Body.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData(Json)]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task Post_ParseErrorAcceptingJson_ShouldBe200WithErrors(string? accept)
    {
        var response = await SendAsync(_client, Post("""{"query":"{ __typename"}""", accept: accept));

        AssertOk(response, Json);
        Assert.NotEmpty(response.Body.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain;q=0.5")]
    [InlineData("application/json;q=0")]
    public async Task Post_UnsupportedAccept_ShouldBe406(string accept)
    {
        var response = await SendAsync(_client, Post("""{"query":"{ __typename }"}""", accept: accept));

        AssertError(response, HttpStatusCode.NotAcceptable, Json, "NOT_ACCEPTABLE");
    }

    private static void AssertOk(TransportResponse response, string mediaType)
    {
        Assert.Equal(HttpStatusCode.OK, response.Message.StatusCode);
        Assert.Equal(mediaType, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
    }

    private static void AssertError(TransportResponse response, HttpStatusCode status, string mediaType, string code, string? because = null)
    {
        Assert.True(status == response.Message.StatusCode, $"{because}: expected {status}, got {response.Message.StatusCode}");
        Assert.Equal(mediaType, response.MediaType);
        Assert.Equal(code, response.ErrorCode);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    /// <summary>Hides its length so HttpClient cannot send a Content-Length header.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
