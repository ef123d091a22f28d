namespace EmergencyDSS.Dsl.Binding;

/// <summary>Every diagnostic the language reports: one place for codes and wording, so messages stay consistent and greppable.</summary>
internal static class DiagnosticCatalog
{
    public static Diagnostic Syntax(SourceSpan at, string found, IReadOnlyList<string> expected) =>
        Error("DSS0001", at, $"unexpected {found}" + (expected.Count == 0 ? "" : $"; expected {string.Join(" or ", expected.Take(6))}") + KeywordSuggestion(found, expected));
    public static Diagnostic FileNotFound(SourceSpan at, string path) => Error("DSS0002", at, $"file `{path}` cannot be read");
    public static Diagnostic IncludeCycle(SourceSpan at, string path) => Error("DSS0003", at, $"`{path}` includes itself (include cycle)");
    public static Diagnostic IncludeOutside(SourceSpan at, string path) => Error("DSS0004", at, $"include `{path}` leaves the ruleset's folder");
    public static Diagnostic Duplicate(SourceSpan at, string what, string name) => Error("DSS0005", at, $"{what} `{name}` is declared twice");
    public static Diagnostic MissingHeader(SourceSpan at) => Error("DSS0006", at, "the ruleset has no `ruleset \"…\" { … }` header");
    public static Diagnostic MissingHeaderItem(SourceSpan at, string item) => Error("DSS0007", at, $"the ruleset header has no `{item}`");
    public static Diagnostic BadTimeZone(SourceSpan at, string zone) => Error("DSS0008", at, $"time zone `{zone}` is not known", "use Asia/Shanghai");
    public static Diagnostic BadDate(SourceSpan at, string text) => Error("DSS0009", at, $"`{text}` is not a real date (YYYY-MM-DD)");
    public static Diagnostic BadClock(SourceSpan at, string text) => Error("DSS0011", at, $"`{text}` is not a time of day (HH:mm, 00:00–23:59)");
    public static Diagnostic TooDeep(SourceSpan at, int limit) => Error("DSS0012", at, $"conditions nest deeper than {limit} levels of parentheses and `not`");
    public static Diagnostic TemplateOutside(SourceSpan at, string path) => Error("DSS0013", at, $"template `{path}` leaves the ruleset's folder", "give a path below the ruleset's folder, without `..`");
    public static Diagnostic DatesReversed(SourceSpan at, string from, string to) => Error("DSS0010", at, $"the range {from} .. {to} ends before it starts");

    public static Diagnostic Unknown(SourceSpan at, string what, string name, string? suggestion) =>
        Error("DSS0101", at, $"{what} `{name}` is not declared" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"));
    public static Diagnostic UnknownField(SourceSpan at, string name, string? suggestion) =>
        Error("DSS0102", at, $"`{name}` is not a forecast field" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"));
    public static Diagnostic TextFieldCompared(SourceSpan at, string field) => Error("DSS0103", at, $"`{field}` is text; compare it with `in [ … ]` or `==`");
    public static Diagnostic NumberFieldListed(SourceSpan at, string field) => Error("DSS0104", at, $"`{field}` is a number; compare it with > >= < <=");
    public static Diagnostic UnknownEvent(SourceSpan at, string name, string? suggestion) =>
        Error("DSS0105", at, $"`{name}` is not a notice event (issue, upgrade, downgrade, extend, lift)" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"));
    public static Diagnostic UnknownSubject(SourceSpan at, string name, string? suggestion) =>
        Error("DSS0106", at, $"`{name}` is not a notice subject" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"));
    public static Diagnostic UnknownStandard(SourceSpan at, string name) => Error("DSS0107", at, $"`{name}` is not an emission standard (国一 … 国六)");
    public static Diagnostic BadPortal(SourceSpan at, string text) =>
        Error("DSS0109", at, $"portal `{text}` is not a web address", "write it as https://… (the page where recipients acknowledge)");
    public static Diagnostic PhonelessContact(SourceSpan at, string text) =>
        Error("DSS0110", at, $"contact `{text}` names no phone number", "end it with the duty phone, e.g. \"区生态环境局应急值班室 023-67821234\"");

    public static Diagnostic UnknownSiteLabel(SourceSpan at, string label) =>
        Error("DSS0130", at, $"`{label}` is not a site label", "site labels are 红, 黄 and 绿 (「红黄绿」标志分类管控)");
    public static Diagnostic LabelBothWays(SourceSpan at, string label) =>
        Error("DSS0131", at, $"label `{label}` is both required and excepted, so the rule applies to no site");

    public static Diagnostic UnknownSiteKind(SourceSpan at, string kind, string? suggestion) =>
        Warning("DSS0136", at, $"`{kind}` is not a site kind the plans name" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"),
            "kinds: 房建, 市政, 拆除, 道路, 水利, 园林, 搅拌站, 商混站, 码头, 堆场; a site of another kind never matches this rule");
    public static Diagnostic HeavyTrucksRange(SourceSpan at, int value) =>
        Error("DSS0132", at, $"{value} heavy truck trips a day is no threshold; a 重点用车单位 rule needs at least 1", "重点用车单位 use 20 or more a day: `for heavy trucks >= 20`");

    public static Diagnostic UnknownPollutant(SourceSpan at, string name, string? suggestion) =>
        Error("DSS0133", at, $"`{name}` is not a primary pollutant (PM2.5, PM10, O3, NO2, SO2, CO)" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"));

    public static Diagnostic TrafficWithoutWhen(SourceSpan at, string name) =>
        Error("DSS0134", at, $"traffic rule `{name}` says neither when it applies (`at LEVELS`, during warnings) nor from when (`from DATE`, a standing rule)");
    public static Diagnostic RebroadcastDropped(SourceSpan at) =>
        Warning("DSS0135", at, "`rebroadcast` is no longer part of the language and is ignored", "public notices are issued on each change of the warning; remove the line");

    public static Diagnostic PercentRange(SourceSpan at, double value) => Error("DSS0201", at, $"{Fmt(value)}% is impossible; a percentage is 0–100");
    public static Diagnostic AqiRange(SourceSpan at, double value) => Error("DSS0202", at, $"AQI {Fmt(value)} is impossible; AQI is 0–500");
    public static Diagnostic DaysRange(SourceSpan at, double value) => Error("DSS0203", at, $"{Fmt(value)} days is impossible; a window lasts at least 1 whole day");
    public static Diagnostic AtLeastTooMany(SourceSpan at, int atLeast, int days) => Error("DSS0204", at, $"at least {atLeast} days out of a {days}-day window can never happen");
    public static Diagnostic NegativeHours(SourceSpan at, double value) => Error("DSS0205", at, $"{Fmt(value)} hours is impossible; use a whole number of hours ≥ 0");
    public static Diagnostic NotWhole(SourceSpan at, double value) => Error("DSS0206", at, $"{Fmt(value)} must be a whole number");
    public static Diagnostic FieldRange(SourceSpan at, string field, double value) => Error("DSS0207", at, $"`{field}` {Fmt(value)} is impossible; it is a percentage 0–100");
    public static Diagnostic NegativeValue(SourceSpan at, string field, double value) => Error("DSS0208", at, $"`{field}` {Fmt(value)} is impossible; it is never negative");

    public static Diagnostic MissingGradeRow(SourceSpan at, string table, string grade) =>
        Warning("DSS0301", at, $"table `{table}` has no row for grade {grade}", "such enterprises fall back to the default table");
    public static Diagnostic MissingLevelColumn(SourceSpan at, string table, string level) =>
        Warning("DSS0302", at, $"table `{table}` has no column for level `{level}`", "its enterprises get no table measure at that level");
    public static Diagnostic OverlappingRow(SourceSpan at, string table, string grade, int otherLine) =>
        Warning("DSS0303", at, $"grade {grade} of table `{table}` also has a row on line {otherLine}; the rows say the same");
    public static Diagnostic ContradictoryRow(SourceSpan at, string table, string grade, int otherLine) =>
        Error("DSS0304", at, $"grade {grade} of table `{table}` has a contradicting row on line {otherLine}");
    public static Diagnostic CellCount(SourceSpan at, int cells, int columns) => Error("DSS0305", at, $"this row has {cells} cells but the table has {columns} columns");
    public static Diagnostic GentlerAtHigherLevel(SourceSpan at, string table, string grade, string higher, string lower) =>
        Warning("DSS0306", at, $"table `{table}`, grade {grade}: `{higher}` is gentler than `{lower}`", "a higher level should not ask less");
    public static Diagnostic TwoProductionMeasures(SourceSpan at) => Error("DSS0307", at, "a cell holds at most one production measure (stop, limit, self, exempt, none, stagger)");
    public static Diagnostic TwoTransportMeasures(SourceSpan at) => Error("DSS0308", at, "a cell holds at most one transport measure (ban, no-road)");
    public static Diagnostic UnknownMeasure(SourceSpan at, string word, string? suggestion) =>
        Error("DSS0310", at, $"unknown measure `{word}`" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"), "measures: stop, limit N%, self, exempt, none, stagger, ban trucks below 国五, no-road");
    public static Diagnostic EmptyCell(SourceSpan at) => Error("DSS0311", at, "this cell is empty; write a measure, or `none`");
    public static Diagnostic IndustryInTwoTables(SourceSpan at, string industry, string other) =>
        Warning("DSS0309", at, $"industry `{industry}` is also covered by table `{other}`; the most stringent cell wins");

    public static Diagnostic TriggerNeverFires(SourceSpan at, string level, string why) => Error("DSS0401", at, $"the trigger of `{level}` can never fire: {why}");
    public static Diagnostic TriggerShadowed(SourceSpan at, string level, string higher) =>
        Warning("DSS0402", at, $"`{level}` is shadowed: whenever it fires, `{higher}` fires too, so `{level}` is never issued");
    public static Diagnostic NoLevels(SourceSpan at) => Error("DSS0404", at, "the ruleset declares no warning level");
    public static Diagnostic NoDistricts(SourceSpan at) => Error("DSS0405", at, "the ruleset declares no districts");
    public static Diagnostic UnknownConstant(SourceSpan at, string name, string? suggestion) =>
        Error("DSS0406", at, $"constant `{name}` is not declared" + (suggestion is null ? "" : $"; did you mean `{suggestion}`?"));
    public static Diagnostic NeighbourOutside(SourceSpan at, string a, string b) => Error("DSS0407", at, $"neither `{a}` nor `{b}` is a district of this ruleset");
    public static Diagnostic RegionTooSmall(SourceSpan at, string region, int n, int members) =>
        Error("DSS0408", at, $"region `{region}` has {members} districts, so at least {n} of them can never be warned");

    /// <summary>"did you mean `day`?" when the unexpected word is a typo of an expected keyword.</summary>
    private static string KeywordSuggestion(string found, IReadOnlyList<string> expected)
    {
        var word = found.Trim('`');
        if (word.Length < 3 || found.Length != word.Length + 2) return "";
        var keywords = expected.Select(e => e.Trim('`')).Where(e => e.Length >= 2 && e.All(c => char.IsLetter(c) || c == '-')).ToList();
        if (keywords.Count < 2) return "";
        return Suggestions.Closest(word, keywords) is { } best && best != word ? $"; did you mean `{best}`?" : "";
    }

    private static string Fmt(double v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public static Diagnostic BadViolationCount(SourceSpan at, string kind, double n) =>
        Error("DSS0150", at, $"`{kind} after {n} violations`: the count must be a whole number of at least 1", "e.g. `supervise after 2 violations within 365 days`");
    public static Diagnostic BadViolationWindow(SourceSpan at, string kind, double days) =>
        Error("DSS0151", at, $"`{kind} … within {days} days`: the window must be a whole number of days from 1 to 3650");
    public static Diagnostic ListRuleTwice(SourceSpan at, string kind, int firstLine) =>
        Error("DSS0152", at, $"`{kind}` is declared twice (first on line {firstLine}); an enterprise goes on the list by one rule");
    public static Diagnostic ExposedBeforeSupervised(SourceSpan at, int expose, int supervise) =>
        Warning("DSS0153", at, $"`expose after {expose} violations` exposes enterprises before `supervise after {supervise} violations` supervises them",
            "exposure usually follows supervision: give `expose` at least as many violations as `supervise`");
    public static Diagnostic ExposeWithoutSupervise(SourceSpan at) =>
        Error("DSS0154", at, "`expose` needs a `supervise` line: the exposure list is drawn from enterprises already under supervision");

    private static Diagnostic Error(string code, SourceSpan at, string message, string? hint = null) => new(code, Severity.Error, at, message, hint);
    private static Diagnostic Warning(string code, SourceSpan at, string message, string? hint = null) => new(code, Severity.Warning, at, message, hint);
}
