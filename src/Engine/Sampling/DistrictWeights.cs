namespace EmergencyDSS.Engine.Sampling;

/// <summary>Chongqing's 41 districts with their 2024 reduction-list sizes (a copy of shared/data/districts.csv).</summary>
internal static class DistrictWeights
{
    public static IReadOnlyList<(string District, int Enterprises)> Load()
    {
        using var stream = typeof(DistrictWeights).Assembly.GetManifestResourceStream("districts.csv")
                           ?? throw new InvalidOperationException("districts.csv is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (f[0].Trim(), int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>Largest-remainder apportionment of <paramref name="total"/> by the weights (exact when total equals their sum).</summary>
    public static int[] Apportion(IReadOnlyList<int> weights, int total)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => (double)w * total / sum).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(left)) counts[i]++;
        return counts;
    }
}
