using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Web.Evidence;

/// <summary>One accepted evidence file: a cleaned display name, the type its bytes show, the bytes.</summary>
internal sealed record EvidenceFile(string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>
/// What evidence files may be: JPEG, PNG or PDF (judged by the first bytes, and the name's extension must agree),
/// at most <see cref="MaxBytes"/> each and <see cref="MaxFiles"/> per form. A name with a folder part, "..",
/// control characters or more than 100 characters is refused, not cleaned: the bytes are kept in the database
/// and the name is only ever shown, but a name like that is a sign of tampering. All files are checked before
/// any is stored; the first problem refuses the whole form with a message in Chinese.
/// </summary>
internal static class EvidenceRules
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxFiles = 5;
    /// <summary>The request limit of forms with files: every file at its largest plus the text fields.</summary>
    public const long MaxRequestBytes = (long)MaxBytes * MaxFiles + 64 * 1024;

    private static readonly (string Type, string[] Extensions, byte[] Magic)[] Types =
    [
        ("image/jpeg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]),
        ("image/png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("application/pdf", [".pdf"], "%PDF-"u8.ToArray()),
    ];

    public static async Task<(IReadOnlyList<EvidenceFile> Files, string? Error)> ReadAsync(IReadOnlyList<IFormFile> uploads)
    {
        var files = new List<EvidenceFile>();
        var real = uploads.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (real.Count > MaxFiles) return ([], $"证明材料最多{MaxFiles}个文件。");
        foreach (var upload in real)
        {
            if (NameProblem(upload.FileName) is { } bad) return ([], bad);
            if (upload.Length == 0) return ([], $"文件“{upload.FileName}”是空文件。");
            if (upload.Length > MaxBytes) return ([], $"文件“{upload.FileName}”超过{MaxBytes / 1024 / 1024}MB，请压缩后再上传。");
            using var buffer = new MemoryStream();
            await using (var stream = upload.OpenReadStream()) await stream.CopyToAsync(buffer);
            var bytes = buffer.ToArray();
            var extension = Path.GetExtension(upload.FileName).ToLowerInvariant();
            var type = Types.FirstOrDefault(t => bytes.AsSpan().StartsWith(t.Magic));
            if (type.Type is null || !type.Extensions.Contains(extension))
                return ([], $"文件“{upload.FileName}”类型不允许：仅接受JPG、PNG图片和PDF文件。");
            files.Add(new EvidenceFile(upload.FileName, type.Type, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }
        return (files, null);
    }

    /// <summary>Why a file name is refused, or null: no folders, no "..", no control or reserved characters, at most 100 characters.</summary>
    public static string? NameProblem(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "上传的文件没有文件名。";
        if (name.Length > 100) return "文件名过长（最多100个字符）。";
        if (name.Contains('/') || name.Contains('\\') || name.Contains("..", StringComparison.Ordinal) || name.StartsWith('.')
            || name.Any(c => char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|'))
            return "文件名含有路径或非法字符，请改用普通文件名（如“停产照片.jpg”）后再上传。";
        return null;
    }
}
