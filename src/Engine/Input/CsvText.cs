using System.Text;

namespace EmergencyDSS.Engine.Input;

/// <summary>Decodes CSV bytes: UTF-8 (with or without BOM), else GB18030 (what Chinese spreadsheets export).</summary>
internal static class CsvText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, or an error naming the row and column of the first byte that is neither UTF-8 nor GB18030.</summary>
    public static (string? Text, string? Error) Decode(byte[] bytes, string file)
    {
        if (bytes.Length == 0) return (null, $"{file}:1:1: the file is empty; expected a header row");
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) return (null, $"{Position(bytes, nul, file)}: binary data (a NUL byte) where CSV text was expected");
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                return (gb.GetString(bytes), null);
            }
            catch (DecoderFallbackException)
            {
                return (null, $"{Position(bytes, FirstInvalidUtf8(bytes), file)}: bytes that are neither UTF-8 nor GBK/GB18030");
            }
        }
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[4];
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return i;
            }
        }
        return bytes.Length - 1;
    }

    /// <summary>file:row:column of a byte offset (column counted in CSV fields).</summary>
    private static string Position(byte[] bytes, int offset, string file)
    {
        var row = 1;
        var column = 1;
        for (var i = 0; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n') { row++; column = 1; }
            else if (bytes[i] == (byte)',') column++;
        }
        return $"{file}:{row}:{column}";
    }
}
