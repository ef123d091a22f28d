using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Web.Review;

namespace EmergencyDSS.Web.Tests.Review;

/// <summary>Required, planned and verified reductions in the same unit (tonnes per year of baseline), with exact numbers.</summary>
public sealed class VerifiedReductionsTests
{
    // 江津区, orange: A stops (also a transport ban, which cuts no production), B limits 30 %, C stops but was found only
    // partly complying, D limits 50 % at yellow only, E stops in another district.
    private const string Decisions = """
        {
          "measures": [
            { "target_kind": "enterprise", "target": "A", "district": "江津区", "level": "orange", "category": "production", "kind": "stop" },
            { "target_kind": "enterprise", "target": "A", "district": "江津区", "level": "orange", "category": "transport", "kind": "ban" },
            { "target_kind": "enterprise", "target": "B", "district": "江津区", "level": "orange", "category": "production", "kind": "limit", "percent": 30 },
            { "target_kind": "enterprise", "target": "C", "district": "江津区", "level": "orange", "category": "production", "kind": "stop" },
            { "target_kind": "enterprise", "target": "D", "district": "江津区", "level": "yellow", "category": "production", "kind": "limit", "percent": 50 },
            { "target_kind": "enterprise", "target": "E", "district": "永川区", "level": "orange", "category": "production", "kind": "stop" }
          ],
          "reductions": [
            { "district": "江津区", "level": "orange", "pollutant": "SO2", "baseline_t": 100, "cut_t": 21, "ratio": 0.21, "required": 0.2, "met": true },
            { "district": "江津区", "level": "orange", "pollutant": "NOx", "baseline_t": 50, "cut_t": 12, "ratio": 0.24, "required": 0.2, "met": true },
            { "district": "江津区", "level": "yellow", "pollutant": "SO2", "baseline_t": 100, "cut_t": 4, "ratio": 0.04, "required": 0.1, "met": false },
            { "district": "永川区", "level": "orange", "pollutant": "SO2", "baseline_t": 30, "cut_t": 30, "ratio": 1, "required": 0.2, "met": true }
          ]
        }
        """;

    private static readonly Dictionary<string, Enterprise> Enterprises = new[]
    {
        Make("A", 10, 4), Make("B", 20, 10), Make("C", 5, 5), Make("D", 8, 2), Make("E", 30, 30),
    }.ToDictionary(e => e.Id);

    [Fact]
    public void CompliedEnterprises_CountTheirPlannedCut_PartlyCountsNone_InTonnes()
    {
        // A and B complied; C only partly (not in the set); D complied, but its cut is at yellow; E is in another district.
        var rows = VerifiedReductions.From(Decisions, "江津区", Enterprises, new HashSet<string> { "A", "B", "D", "E" });

        Assert.Equal(3, rows.Count);
        var so2 = rows.Single(r => (r.Level, r.Pollutant) == ("orange", "SO2"));
        Assert.Equal((20.0, 21.0, 16.0), (so2.RequiredT, so2.PlannedT, so2.VerifiedT)); // 0.2×100; cut_t; 10×1 + 20×0.3 (C's 5 t not verified)
        var nox = rows.Single(r => (r.Level, r.Pollutant) == ("orange", "NOx"));
        Assert.Equal((10.0, 12.0, 7.0), (nox.RequiredT, nox.PlannedT, nox.VerifiedT)); // 0.2×50; cut_t; 4 + 10×0.3
        var yellow = rows.Single(r => r.Level == "yellow");
        Assert.Equal((10.0, 4.0, 4.0), (yellow.RequiredT, yellow.PlannedT, yellow.VerifiedT)); // D: 8×0.5
        Assert.Equal((0.2, 0.21, true), (so2.Required, so2.Planned, so2.Met));
    }

    [Fact]
    public void NoneVerified_VerifiesNothing_AndNoDecisionsNoRows()
    {
        Assert.All(VerifiedReductions.From(Decisions, "江津区", Enterprises, new HashSet<string>()), r => Assert.Equal(0.0, r.VerifiedT));
        Assert.Empty(VerifiedReductions.From(null, "江津区", Enterprises, new HashSet<string> { "A" }));
    }

    private static Enterprise Make(string id, double so2, double nox) => new()
    {
        Id = id, Name = id, District = "江津区", Industry = "水泥", Grade = "C", So2T = so2, NoxT = nox,
    };
}
