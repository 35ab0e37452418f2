using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Fetching;

/// <summary>
/// The SSRF guard's rule: which addresses a fetch may never connect to unless configuration allows
/// it. Checked on the addresses a host name resolves to, at connect time, so a name that points at
/// a private address (or a redirect to one) is caught too.
/// </summary>
public static class AddressGuard
{
    /// <summary>Why an address is forbidden, or null when it is a public unicast address.</summary>
    public static string? Forbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ForbiddenV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ForbiddenV6(address),
            _ => "not an IP address",
        };
    }

    private static string? ForbiddenV4(byte[] b) => b switch
    {
        [0, ..] => "unspecified (0.0.0.0/8)",
        [10, ..] => "private (10.0.0.0/8)",
        [100, >= 64 and <= 127, ..] => "carrier-grade NAT (100.64.0.0/10)",
        [127, ..] => "loopback (127.0.0.0/8)",
        [169, 254, ..] => "link-local (169.254.0.0/16)",
        [172, >= 16 and <= 31, ..] => "private (172.16.0.0/12)",
        [192, 0, 0, _] => "IETF protocol assignments (192.0.0.0/24)",
        [192, 168, ..] => "private (192.168.0.0/16)",
        [198, 18 or 19, ..] => "benchmarking (198.18.0.0/15)",
        [>= 224 and <= 239, ..] => "multicast (224.0.0.0/4)",
        [>= 240, ..] => "reserved or broadcast (240.0.0.0/4)",
        _ => null,
    };

    private static string? ForbiddenV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified (::)";
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "loopback (::1)";
        }

        // NAT64 (64:ff9b::/96) and IPv4-compatible (::a.b.c.d) addresses carry an IPv4 address.
        if ((b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            || b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return ForbiddenV4(b[12..]);
        }

        return b switch
        {
            [0xfe, >= 0x80 and <= 0xbf, ..] => "link-local (fe80::/10)",
            [0xfe, >= 0xc0, ..] => "site-local (fec0::/10)",
            [0xfc or 0xfd, ..] => "unique local (fc00::/7)",
            [0xff, ..] => "multicast (ff00::/8)",
            [0x20, 0x02, ..] => ForbiddenV4(b[2..6]) is { } inner ? "6to4 of " + inner : null,
            _ => null,
        };
    }
}

/// <summary>Raised inside the connect callback when every address of a host is forbidden.</summary>
public sealed class BlockedAddressException(string message) : Exception(message);
