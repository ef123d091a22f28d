using EmergencyDSS.Dsl.Binding;

namespace EmergencyDSS.Engine.Input;

/// <summary>Checks a district name against the ruleset's list, suggesting the closest on a typo.</summary>
internal sealed class DistrictNames(IReadOnlyList<string> districts)
{
    private readonly HashSet<string> _known = [.. districts];

    public bool Check(CsvTable table, CsvRecord row, string name)
    {
        if (_known.Contains(name)) return true;
        var suggestion = Suggestions.Closest(name, districts);
        table.Error(row, "district", $"district `{name}` is not in the ruleset's district list" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"));
        return false;
    }
}
