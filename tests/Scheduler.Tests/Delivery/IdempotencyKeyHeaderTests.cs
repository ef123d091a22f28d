using EmergencyDSS.Scheduler.Delivery;

namespace EmergencyDSS.Scheduler.Tests.Delivery;

public sealed class IdempotencyKeyHeaderTests
{
    [Fact]
    public void Encode_AsciiKey_Verbatim() =>
        Assert.Equal("enterprise|500112|9150|issue|2026-11-23|r7|webhook",
            IdempotencyKeyHeader.Encode("enterprise|500112|9150|issue|2026-11-23|r7|webhook"));

    [Theory]
    [InlineData("enterprise|渝北区|9150|issue|r7|webhook", "enterprise|%E6%B8%9D%E5%8C%97%E5%8C%BA|9150|issue|r7|webhook")]
    [InlineData("site|两江 新区|100%|lift", "site|%E4%B8%A4%E6%B1%9F%20%E6%96%B0%E5%8C%BA|100%25|lift")]
    public void Encode_NonAsciiKey_PercentEncodedAndReversible(string key, string header)
    {
        Assert.Equal(header, IdempotencyKeyHeader.Encode(key));
        Assert.Equal(key, Uri.UnescapeDataString(header));
    }
}
