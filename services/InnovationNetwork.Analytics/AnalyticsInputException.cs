namespace InnovationNetwork.Analytics;

/// <summary>An analytics request that names something missing or asks for nothing; the message says which.</summary>
public sealed class AnalyticsInputException : Exception
{
    public AnalyticsInputException(string message, bool notFound)
        : base(message) => NotFound = notFound;

    public AnalyticsInputException()
        : this("invalid analytics request", notFound: false)
    {
    }

    public AnalyticsInputException(string message)
        : this(message, notFound: false)
    {
    }

    public AnalyticsInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when an id does not exist (NOT_FOUND), false when the request itself is unusable (BAD_USER_INPUT).</summary>
    public bool NotFound { get; }
}
