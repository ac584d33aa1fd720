using System.Text;
using Cargoman.Infrastructure.Stripe;
using Cargoman.Poller.Webhooks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Cargoman.Poller.Tests.Webhooks;

public sealed class StripeSignatureVerifierTests
{
    private const string Secret = "whsec_unit_0123456789";
    private static readonly DateTimeOffset s_now = DateTimeOffset.FromUnixTimeSeconds(1_764_000_000);
    private static readonly byte[] s_body = Encoding.UTF8.GetBytes("{\"id\":\"evt_1\",\"object\":\"event\"}");
    private static readonly byte[][] s_keys = [Encoding.UTF8.GetBytes("whsec_other"), Encoding.UTF8.GetBytes(Secret)];

    [Fact]
    public void Verify_SignedWithSecondKey_Valid()
    {
        var result = Verify(StripeSigner.Header(s_body, Secret, s_now));

        Assert.Equal(SignatureCheck.Valid, result);
    }

    [Fact]
    public void Verify_UppercaseHex_Valid()
    {
        var timestamp = s_now.ToUnixTimeSeconds();

        var result = Verify($"t={timestamp},v1={StripeSigner.ComputeV1(s_body, Secret, timestamp).ToUpperInvariant()}");

        Assert.Equal(SignatureCheck.Valid, result);
    }

    [Theory]
    [InlineData(-300, nameof(SignatureCheck.Valid))]
    [InlineData(300, nameof(SignatureCheck.Valid))]
    [InlineData(-301, nameof(SignatureCheck.OutsideTolerance))]
    [InlineData(301, nameof(SignatureCheck.OutsideTolerance))]
    public void Verify_TimestampAtToleranceEdge(int offsetSeconds, string expected)
    {
        var result = Verify(StripeSigner.Header(s_body, Secret, s_now.AddSeconds(offsetSeconds)));

        Assert.Equal(Enum.Parse<SignatureCheck>(expected), result);
    }

    [Theory]
    [InlineData(null, nameof(SignatureCheck.Missing))]
    [InlineData("  ", nameof(SignatureCheck.Missing))]
    [InlineData("v1=abc", nameof(SignatureCheck.Malformed))]
    [InlineData("t=soon,v1=abc", nameof(SignatureCheck.Malformed))]
    [InlineData("t=-5,v1=abc", nameof(SignatureCheck.Malformed))]
    [InlineData("t=1764000000", nameof(SignatureCheck.Malformed))]
    [InlineData("t=1764000000,v1=abc", nameof(SignatureCheck.NoMatch))]
    [InlineData("t=1764000000,v1=zz", nameof(SignatureCheck.NoMatch))]
    public void Verify_MalformedHeader(string? header, string expected)
    {
        Assert.Equal(Enum.Parse<SignatureCheck>(expected), Verify(header));
    }

    [Fact]
    public void Verify_OnlyV0Signature_Malformed()
    {
        var timestamp = s_now.ToUnixTimeSeconds();

        var result = Verify($"t={timestamp},v0={StripeSigner.ComputeV1(s_body, Secret, timestamp)}");

        Assert.Equal(SignatureCheck.Malformed, result);
    }

    [Fact]
    public void Verify_SignatureOfOtherTimestamp_NoMatch()
    {
        var signature = StripeSigner.ComputeV1(s_body, Secret, s_now.ToUnixTimeSeconds() - 1);

        var result = Verify($"t={s_now.ToUnixTimeSeconds()},v1={signature}");

        Assert.Equal(SignatureCheck.NoMatch, result);
    }

    [Fact]
    public void Verify_InjectedClock_DecidesTolerance()
    {
        var clock = new FakeTimeProvider(s_now);
        var verifier = new StripeSignatureVerifier(
            Options.Create(new StripeOptions { WebhookSecret = $"whsec_other,{Secret}" }),
            Options.Create(new WebhookOptions { Tolerance = TimeSpan.FromMinutes(5) }),
            clock);
        var header = StripeSigner.Header(s_body, Secret, s_now);

        var fresh = verifier.Verify(s_body, header);
        clock.Advance(TimeSpan.FromMinutes(6));
        var stale = verifier.Verify(s_body, header);

        Assert.Equal(SignatureCheck.Valid, fresh);
        Assert.Equal(SignatureCheck.OutsideTolerance, stale);
    }

    private static SignatureCheck Verify(string? header) =>
        StripeSignatureVerifier.Verify(s_body, header, s_keys, TimeSpan.FromMinutes(5), s_now);
}
