namespace InnovationNetwork.Tests.Reliability;

/// <summary>
/// Defects the hostile corpus found outside the HTTP transport, in code owned elsewhere: each is reported, not
/// fixed here. An offender they match does not fail the test, but an entry that no longer matches anything does,
/// so each is removed once its fix lands.
/// </summary>
public sealed record KnownDefect(string Description, Func<string, HostileRequest, bool> Matches)
{
    // Empty: the defects the corpus found (Region textContains, numeric IDs in filters, over-deep documents, a missing
    // mutation type) are fixed. Add an entry here only while a newly found defect awaits its fix.
    public static readonly KnownDefect[] All = [];
}
