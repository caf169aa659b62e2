namespace InnovationNetwork.Analytics.Matching;

/// <summary>A ranked candidate: the organisation, its score (0–1), the skills it matched directly, and why it ranks here.</summary>
public sealed record Match(string OrganisationId, double Score, IReadOnlyList<string> SkillIds, IReadOnlyList<string> Reasons);
