namespace EmergencyDSS.Engine.Input;

/// <summary>Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters, the last a mod-31 check.</summary>
internal static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Null when valid, else why not.</summary>
    public static string? Problem(string code)
    {
        if (code.Length != 18) return $"credit code `{code}` has {code.Length} characters; it must have 18";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(code[i]);
            if (value < 0) return $"credit code `{code}` has `{code[i]}` at position {i + 1}, not allowed by GB 32100";
            sum += value * Weights[i];
        }
        var expected = Alphabet[(31 - sum % 31) % 31];
        return code[17] == expected ? null : $"credit code `{code}` fails its checksum (last character should be `{expected}`)";
    }

    /// <summary>Completes 17 characters with their check character (for generated data).</summary>
    public static string WithCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        return first17 + Alphabet[(31 - sum % 31) % 31];
    }

    public static char Random(Random random) => Alphabet[random.Next(Alphabet.Length)];
}
