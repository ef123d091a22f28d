using BenchmarkDotNet.Running;

namespace EmergencyDSS.Bench;

/// <summary>BenchmarkDotNet entry: `dotnet run -c Release --project bench -- --filter '*'`.</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
