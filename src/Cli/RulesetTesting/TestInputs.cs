using System.Text;
using System.Text.RegularExpressions;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Input;

namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>A test's inline CSV blocks read with the same loaders as real files; their errors point into the test file.</summary>
internal static partial class TestInputs
{
    public sealed record Loaded(Forecast Forecast, IReadOnlyList<Enterprise> Enterprises, IReadOnlyList<Site> Sites);

    public static Loaded? Load(RulesetTestFile file, RulesetTestCase test, RuleModel model, List<string> errors)
    {
        var issued = test.IssuedAt!.Value.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        var forecast = ForecastLoader.Parse(Bytes(test.Forecast!.Csv("issued_at", issued)), "forecast", model);
        Relocate(file, test.Forecast, forecast.Errors, fieldShift: 1, errors);
        var enterprises = LoadEnterprises(file, test, model, errors);
        var sites = test.Sites is null
            ? new LoadResult<IReadOnlyList<Site>>([], [], [])
            : SiteListLoader.Parse(Bytes(test.Sites.Csv()), "sites", model);
        if (test.Sites is not null) Relocate(file, test.Sites, sites.Errors, 0, errors);
        if (forecast.Value is null || enterprises?.Value is null || sites.Value is null) return null;
        return new Loaded(forecast.Value, enterprises.Value, sites.Value);
    }

    private static LoadResult<IReadOnlyList<Enterprise>>? LoadEnterprises(RulesetTestFile file, RulesetTestCase test, RuleModel model, List<string> errors)
    {
        if (test.EnterprisesFile is { } from)
        {
            var path = Path.GetFullPath(from.Path, Path.GetDirectoryName(file.Path)!);
            if (!File.Exists(path))
            {
                errors.Add($"{file.DisplayPath}:{from.Line}:1: enterprise list `{from.Path}` not found");
                return null;
            }
            var loaded = ReductionListLoader.Parse(File.ReadAllBytes(path), from.Path, model);
            errors.AddRange(loaded.Errors);
            return loaded;
        }
        if (test.Enterprises is null) return new LoadResult<IReadOnlyList<Enterprise>>([], [], []);
        var result = ReductionListLoader.Parse(Bytes(test.Enterprises.Csv()), "enterprises", model);
        Relocate(file, test.Enterprises, result.Errors, 0, errors);
        return result;
    }

    /// <summary>Loader errors say <c>block:row:field: message</c>; the test file's reader wants its own line and column.</summary>
    private static void Relocate(RulesetTestFile file, TestBlock block, IReadOnlyList<string> loaderErrors, int fieldShift, List<string> errors)
    {
        foreach (var error in loaderErrors)
        {
            var m = Position().Match(error);
            if (!m.Success)
            {
                errors.Add($"{file.DisplayPath}:{block.KeywordLine}:1: {error}");
                continue;
            }
            var field = int.Parse(m.Groups["field"].Value) - fieldShift;
            var (line, column) = field < 1 ? (block.KeywordLine, 1) : block.Locate(int.Parse(m.Groups["row"].Value), field);
            errors.Add($"{file.DisplayPath}:{line}:{column}: {m.Groups["message"].Value}");
        }
    }

    private static byte[] Bytes(string text) => new UTF8Encoding(false).GetBytes(text);

    [GeneratedRegex(@"^\w+:(?<row>\d+):(?<field>\d+): (?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex Position();
}
