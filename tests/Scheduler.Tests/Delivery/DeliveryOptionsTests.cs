using EmergencyDSS.Scheduler.Delivery;
using MailKit.Security;

namespace EmergencyDSS.Scheduler.Tests.Delivery;

public sealed class DeliveryOptionsTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void SmtpFromEnvironment_NoHost_EmailIsOff() =>
        Assert.Null(SmtpOptions.FromEnvironment(Environment(("DSS_SMTP_PORT", "2525"))));

    [Fact]
    public void SmtpFromEnvironment_HostOnly_PlainPort25AsTheBureau()
    {
        var options = SmtpOptions.FromEnvironment(Environment(("DSS_SMTP_HOST", "relay.sthjj.local")))!;

        Assert.Equal(("relay.sthjj.local", 25, "生态环境局"), (options.Host, options.Port, options.FromName));
        Assert.Equal(SecureSocketOptions.None, options.Security);
        Assert.Null(options.User);
        Assert.Equal("localhost.localdomain", options.EffectiveMessageIdDomain);
    }

    [Fact]
    public void SmtpFromEnvironment_AllSet_ReadsEveryVariable()
    {
        var options = SmtpOptions.FromEnvironment(Environment(
            ("DSS_SMTP_HOST", "relay.sthjj.local"), ("DSS_SMTP_PORT", "2525"),
            ("DSS_SMTP_FROM", "重庆市生态环境局 <yujing@sthjj.cq.gov.cn>"),
            ("DSS_SMTP_USER", "yujing"), ("DSS_SMTP_PASSWORD", " s3cret ")))!;

        Assert.Equal(2525, options.Port);
        Assert.Equal(("yujing@sthjj.cq.gov.cn", "重庆市生态环境局"), (options.FromAddress, options.FromName));
        Assert.Equal(("yujing", " s3cret "), (options.User, options.Password));
        Assert.Equal("sthjj.cq.gov.cn", options.EffectiveMessageIdDomain);
    }

    [Fact]
    public void SmtpFromEnvironment_BareFromAddress_KeepsTheDefaultName()
    {
        var options = SmtpOptions.FromEnvironment(Environment(("DSS_SMTP_HOST", "h"), ("DSS_SMTP_FROM", "yujing@sthjj.cq.gov.cn")))!;

        Assert.Equal(("yujing@sthjj.cq.gov.cn", "生态环境局"), (options.FromAddress, options.FromName));
    }

    [Theory]
    [InlineData("DSS_SMTP_PORT", "smtp", "DSS_SMTP_PORT must be a whole number from 1 to 65535, but it is `smtp`; fix or unset it.")]
    [InlineData("DSS_SMTP_PORT", "70000", "DSS_SMTP_PORT must be a whole number from 1 to 65535, but it is `70000`; fix or unset it.")]
    [InlineData("DSS_SMTP_FROM", "生态环境局", "DSS_SMTP_FROM must be an e-mail address such as `生态环境局 <dss@sthjj.example.gov.cn>`, but it is `生态环境局`.")]
    public void SmtpFromEnvironment_MalformedValue_SaysWhichVariable(string name, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            SmtpOptions.FromEnvironment(Environment(("DSS_SMTP_HOST", "h"), (name, value))));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void WebhookFromEnvironment_Unset_Defaults()
    {
        var options = WebhookOptions.FromEnvironment(Environment());

        Assert.Equal(5, options.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(10), options.AttemptTimeout);
        Assert.Equal(new Backoff(TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(30)), options.Backoff);
    }

    [Fact]
    public void WebhookFromEnvironment_Set_ReadsAttemptsAndTimeout()
    {
        var options = WebhookOptions.FromEnvironment(Environment(("DSS_WEBHOOK_ATTEMPTS", "3"), ("DSS_WEBHOOK_TIMEOUT_SECONDS", "4")));

        Assert.Equal((3, TimeSpan.FromSeconds(4)), (options.Attempts, options.AttemptTimeout));
    }

    [Fact]
    public void WebhookFromEnvironment_ZeroAttempts_Refused() =>
        Assert.Throws<InvalidOperationException>(() => WebhookOptions.FromEnvironment(Environment(("DSS_WEBHOOK_ATTEMPTS", "0"))));
}
