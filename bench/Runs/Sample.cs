namespace EmergencyDSS.Bench.Runs;

/// <summary>Median and quartiles of a set of measurements.</summary>
internal sealed record Sample(double Median, double P25, double P75, int Count)
{
    public static Sample Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("no measurements", nameof(values));
        return new Sample(Quantile(sorted, 0.5), Quantile(sorted, 0.25), Quantile(sorted, 0.75), sorted.Length);
    }

    private static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    public string Format(string unit) => $"{Median:0.###} {unit} (p25 {P25:0.###}, p75 {P75:0.###}, n={Count})";
}
