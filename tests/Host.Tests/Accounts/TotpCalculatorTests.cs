using System.Text;

namespace Thads.Host.Tests.Accounts;

/// <summary>The tests' authenticator app against the published test values, so the 2FA tests rest on a checked calculator.</summary>
public sealed class TotpCalculatorTests
{
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(20000000000L, "65353130")]
    public void Matches_the_RFC_6238_SHA1_test_vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, TotpCalculator.Code(Encoding.ASCII.GetBytes("12345678901234567890"), unixSeconds / 30, 8));

    [Fact]
    public void Reads_base32_as_RFC_4648_writes_it() =>
        Assert.Equal("foobar", Encoding.ASCII.GetString(TotpCalculator.Base32("MZXW6YTBOI")));
}
