using EmergencyDSS.Engine.Changes;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Tests.Support;

namespace EmergencyDSS.Engine.Tests.Changes;

/// <summary>
/// Damping (<c>damping N h</c>): a clean forecast soon after a warning was announced does not lift it; a later one does;
/// raising is never damped.
/// </summary>
public sealed class DampingTests
{
    private static readonly DateTimeOffset Announced = Scenario.IssuedAt;
    private static DecisionSet Run(string aqi) => new Scenario().Aqi("渝北区", aqi).Enterprise("E1", "渝北区", "水泥", "C").Run();
    private static Dictionary<string, DateTimeOffset> AnnouncedAt => new() { ["渝北区"] = Announced };

    [Fact]
    public void CleanForecastWithinTheWindow_KeepsTheWarningAndItsMeasures()
    {
        var warned = Run("100 201 201 100");
        var damped = Damping.Hold(warned, Run("100 100 100 100"), AnnouncedAt, Announced.AddHours(6), 12, out var held);

        Assert.Equal(["渝北区"], held);
        var warning = Assert.Single(damped.Warnings);
        Assert.Equal(warned.Warnings.Single() with { Because = warning.Because }, warning);
        Assert.Contains("防反复", warning.Because);
        Assert.Contains(damped.Measures, m => m.Target == "E1" && m.Category == "production");
        Assert.Equal(DistrictChangeKind.Unchanged, ChangeClassifier.Classify(warned, damped).Districts.Single().Kind);
    }

    [Fact]
    public void CleanForecastAfterTheWindow_Lifts()
    {
        var warned = Run("100 201 201 100");
        var clean = Run("100 100 100 100");
        var damped = Damping.Hold(warned, clean, AnnouncedAt, Announced.AddHours(12), 12, out var held);

        Assert.Empty(held);
        Assert.Same(clean, damped);
        Assert.Equal(DistrictChangeKind.Lifted, ChangeClassifier.Classify(warned, damped).Districts.Single().Kind);
    }

    [Fact]
    public void WarningAlreadyOver_IsNotHeld()
    {
        var warned = Run("100 201 201 100");
        var damped = Damping.Hold(warned, Run("100 100 100 100"), AnnouncedAt, new DateTimeOffset(2024, 12, 5, 8, 0, 0, TimeSpan.FromHours(8)), 240, out var held);
        Assert.Empty(held);
        Assert.Empty(damped.Warnings);
    }

    [Fact]
    public void RaisingAndNoDamping_PassThrough()
    {
        var clean = Run("100 100 100 100");
        var warned = Run("100 201 201 100");
        Assert.Same(warned, Damping.Hold(clean, warned, AnnouncedAt, Announced.AddHours(1), 12, out _));
        Assert.Same(clean, Damping.Hold(warned, clean, AnnouncedAt, Announced.AddHours(1), 0, out _));
    }
}
