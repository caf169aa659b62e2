using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Analytics.Snapshot;

/// <summary>
/// Relationships as the analytics see them: each type the scorers follow is kept from both ends where they
/// walk both ways. LOCATED_IN is single-valued and set through <see cref="Locate"/>; types not listed
/// (USES_SKILL) are not part of the snapshot.
/// </summary>
internal sealed partial class SnapshotEditor
{
    /// <summary>Adds a relationship between two placed nodes; the caller has unlinked any older version of it.</summary>
    public void Link(int start, string type, int end, PropertyMap properties)
    {
        switch (type)
        {
            case "PART_OF":
                Edit(ref _data.PartOf, start).Add(end);
                _hierarchyChanged = true;
                break;
            case "BORDERS":
                Borders().Add((Math.Min(start, end), Math.Max(start, end)));
                break;
            case "HAS_SKILL":
                var level = (int)(properties.GetInt64("level") ?? 1);
                Edit(ref _data.Has, start).Add(new SkillLink(end, level));
                Edit(ref _data.Holders, end).Add(new SkillLink(start, level));
                break;
            case "NEEDS_SKILL":
                Edit(ref _data.Needs, start).Add(new SkillLink(end, (int)(properties.GetInt64("priority") ?? 1)));
                break;
            case "FACES":
                Edit(ref _data.Faces, start).Add(end);
                Edit(ref _data.FacedBy, end).Add(start);
                break;
            case "REQUIRES":
                Edit(ref _data.Requires, start).Add(end);
                Edit(ref _data.RequiredFor, end).Add(start);
                break;
            case "ADDRESSES":
                Edit(ref _data.Addresses, start).Add(end);
                Edit(ref _data.AddressedBy, end).Add(start);
                break;
            case "PARTICIPATES_IN":
                Edit(ref _data.ProjectsOf, start).Add(end);
                Edit(ref _data.Participants, end).Add(start);
                break;
            case "FUNDS":
                Edit(ref _data.FundedBy, end).Add(new Funding(start, properties.GetDouble("amountGbp") ?? 0));
                break;
            case "RELATED_TO":
                var weight = properties.GetDouble("weight") ?? 0.5;
                Edit(ref _data.Related, start).Add(new RelatedSkill(end, weight));
                Edit(ref _data.Related, end).Add(new RelatedSkill(start, weight));
                break;
        }
    }

    /// <summary>Removes a relationship (whatever its properties were); nothing happens when it is not there.</summary>
    public void Unlink(int start, string type, int end)
    {
        switch (type)
        {
            case "PART_OF":
                RemoveWhere(ref _data.PartOf, start, r => r == end);
                _hierarchyChanged = true;
                break;
            case "BORDERS":
                if (_data.Borders.Contains((Math.Min(start, end), Math.Max(start, end))))
                {
                    Borders().Remove((Math.Min(start, end), Math.Max(start, end)));
                }

                break;
            case "HAS_SKILL":
                RemoveWhere(ref _data.Has, start, l => l.Node == end);
                RemoveWhere(ref _data.Holders, end, l => l.Node == start);
                break;
            case "NEEDS_SKILL":
                RemoveWhere(ref _data.Needs, start, l => l.Node == end);
                break;
            case "FACES":
                RemoveWhere(ref _data.Faces, start, b => b == end);
                RemoveWhere(ref _data.FacedBy, end, o => o == start);
                break;
            case "REQUIRES":
                RemoveWhere(ref _data.Requires, start, s => s == end);
                RemoveWhere(ref _data.RequiredFor, end, b => b == start);
                break;
            case "ADDRESSES":
                RemoveWhere(ref _data.Addresses, start, b => b == end);
                RemoveWhere(ref _data.AddressedBy, end, p => p == start);
                break;
            case "PARTICIPATES_IN":
                RemoveWhere(ref _data.ProjectsOf, start, p => p == end);
                RemoveWhere(ref _data.Participants, end, o => o == start);
                break;
            case "FUNDS":
                RemoveWhere(ref _data.FundedBy, end, f => f.Funder == start);
                break;
            case "RELATED_TO":
                RemoveWhere(ref _data.Related, start, r => r.Skill == end);
                RemoveWhere(ref _data.Related, end, r => r.Skill == start);
                break;
        }
    }

    /// <summary>Of the regions a node is LOCATED_IN, the one the snapshot keeps: the smallest id, so every build agrees.</summary>
    public int ChooseRegion(IEnumerable<string> regionIds)
    {
        string? chosen = null;
        foreach (var id in regionIds)
        {
            if (IndexOf(id) is not null && (chosen is null || string.CompareOrdinal(id, chosen) < 0))
            {
                chosen = id;
            }
        }

        return chosen is null ? -1 : IndexOf(chosen)!.Value;
    }
}
