using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Bench.Workload;

/// <summary>
/// A rule model written in C#: the 2024 national triggers, the verified cement table (domain.md §4),
/// flat glass, a default table, livelihood, transport and a regional rule. It exercises every branch of
/// the peers without depending on the ruleset text, so the peers' agreement is tested on its own.
/// </summary>
internal static class ReferencePlan
{
    private static readonly Measure Self = new() { Kind = MeasureKind.Self };
    private static readonly Measure Stop = new() { Kind = MeasureKind.Stop };
    private static readonly Measure NoRoad = new() { Kind = MeasureKind.NoRoad };
    private static readonly Measure BanGuo4 = new() { Kind = MeasureKind.Ban, MinStandard = "国五" };

    public static RuleModel Build() => new()
    {
        Header = new RulesetHeader { Name = "reference-2024", Version = "1", Authority = "bench", TimeZone = "Asia/Shanghai" },
        Levels =
        [
            Level("yellow", 1, new AnyTrigger([Window(1, 200), Window(2, 150)])),
            Level("orange", 2, new AnyTrigger([Window(2, 200), Window(3, 150)])),
            Level("red", 3, new WindowTrigger(3, Aqi(200), 1, Aqi(300))),
        ],
        Districts = [.. Enumerable.Range(1, 41).Select(DistrictName)],
        Regions = [new RegionModel("主城都市区", [.. Enumerable.Range(1, 9).Select(DistrictName)])],
        RegionalWarnings = [new RegionalWarningRule("主城都市区", 5)],
        Industries = ["水泥", "玻璃", "陶瓷", "其他"],
        Episodes = new EpisodePolicy { LiftAfterHours = 36, AdvisoryOnlyPollutants = ["O3"] },
        Tables = [Cement(), FlatGlass()],
        DefaultTable = new MeasureTable
        {
            Name = "非重点", Industries = [], Levels = ["yellow", "orange", "red"],
            Rows = [Row(["非重点", "C", "D"], [], [Limit(10)], [Limit(20)])],
        },
        Livelihood = new LivelihoodPolicy(new Measure { Kind = MeasureKind.Exempt, Reason = "民生保障" }),
        Transport = [new TransportRule("bulk", ["yellow", "orange", "red"], [], BanGuo4)],
        // The first period falls in the generated forecast week, so stagger competes with the table there.
        Staggering =
        [
            new StaggerCalendar("水泥熟料错峰", ["水泥"],
            [
                new StaggerPeriod(new DateOnly(2024, 12, 6), new DateOnly(2024, 12, 7), ["B"], new Measure { Kind = MeasureKind.Stagger }, "冬季错峰"),
                new StaggerPeriod(new DateOnly(2025, 1, 20), new DateOnly(2025, 2, 20), ["C", "D"], Stop, "春节错峰"),
            ]),
        ],
    };

    public static string DistrictName(int i) => $"区县{i:D4}";

    private static MeasureTable Cement() => new()
    {
        Name = "水泥熟料", Industries = ["水泥"], Levels = ["yellow", "orange", "red"],
        Rows =
        [
            Row(["A", "引领性"], [Self], [Self], [Self]),
            Row(["B"], [BanGuo4], [Limit(20), BanGuo4], [Stop, BanGuo4]),
            Row(["C"], [Limit(50, LimitBasis.Lines), BanGuo4], [Stop, BanGuo4], [Stop, BanGuo4]),
            Row(["D"], [Stop, NoRoad], [Stop, NoRoad], [Stop, NoRoad]),
        ],
    };

    private static MeasureTable FlatGlass() => new()
    {
        Name = "平板玻璃", Industries = ["玻璃", "陶瓷"], Levels = ["yellow", "orange", "red"],
        Rows = [Row(["B"], [], [Limit(10)], [Limit(10)]), Row(["C"], [], [Limit(20)], [Limit(20)]),
            Row(["D"], [Limit(30)], [Limit(30)], [Limit(30)])],
    };

    private static MeasureRow Row(IReadOnlyList<string> grades, IReadOnlyList<Measure> yellow,
        IReadOnlyList<Measure> orange, IReadOnlyList<Measure> red) => new()
    {
        Grades = grades,
        Cells = [new MeasureCell("yellow", yellow), new MeasureCell("orange", orange), new MeasureCell("red", red)],
    };

    private static Measure Limit(double percent, LimitBasis basis = LimitBasis.Output) =>
        new() { Kind = MeasureKind.Limit, Percent = percent, Basis = basis };

    private static LevelModel Level(string id, int rank, Trigger trigger) =>
        new() { Id = id, Name = id, Rank = rank, Trigger = trigger };

    private static WindowTrigger Window(int days, double above) => new(days, Aqi(above));

    private static Comparison Aqi(double above) => new("aqi", CompareOp.Gt, above);
}
