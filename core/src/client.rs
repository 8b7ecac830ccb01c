//! Who the client is, behind proxies (issue 10): the address a request came from is the
//! socket's peer unless that peer is a trusted proxy, in which case the proxies' own
//! `Forwarded` / `X-Forwarded-For` entries are walked from the right until an untrusted
//! address appears. Also the network a client belongs to for the per-network limits (/24
//! for IPv4, /64 for IPv6). Owns the parsing and the walk; refuses to read a header from a
//! peer it does not trust.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

/// A network in CIDR notation (`10.0.0.0/8`, `2001:db8::/32`, or one address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    addr: IpAddr,
    bits: u8,
}

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, canonical(ip)) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX.checked_shl(32 - u32::from(self.bits)).unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.bits))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for Cidr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let (a, bits) = match s.split_once('/') {
            Some((a, b)) => (a, Some(b)),
            None => (s, None),
        };
        let addr: IpAddr = a
            .parse()
            .map_err(|_| format!("{s:?} is not an address or a CIDR network"))?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let bits = match bits {
            Some(b) => b
                .parse::<u8>()
                .ok()
                .filter(|b| *b <= max)
                .ok_or_else(|| format!("{s:?}: the prefix length must be 0..={max}"))?,
            None => max,
        };
        Ok(Cidr {
            addr: canonical(addr),
            bits,
        })
    }
}

impl<'de> serde::Deserialize<'de> for Cidr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An IPv4 address carried in IPv6 (`::ffff:a.b.c.d`) counts as the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(v6),
        },
        v4 => v4,
    }
}

/// One address as a proxy writes it: `203.0.113.7`, `203.0.113.7:4711`, `[2001:db8::1]`,
/// `[2001:db8::1]:4711`, `"[2001:db8::1]:4711"` (Forwarded quotes). Obfuscated names
/// (`unknown`, `_hidden`) are no address.
fn parse_node(s: &str) -> Option<IpAddr> {
    let s = s.trim().trim_matches('"');
    if let Some(rest) = s.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok().map(canonical);
    }
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    // IPv4 with a port.
    let (host, port) = s.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse::<Ipv4Addr>().ok().map(IpAddr::V4)
}

/// The `for=` addresses of a `Forwarded` header (RFC 7239), in order, one per hop. A hop
/// without a usable `for=` is `None`.
fn forwarded_for(v: &str) -> Vec<Option<IpAddr>> {
    v.split(',')
        .map(|hop| {
            hop.split(';').find_map(|pair| {
                let (k, v) = pair.split_once('=')?;
                k.trim()
                    .eq_ignore_ascii_case("for")
                    .then(|| parse_node(v))?
            })
        })
        .collect()
}

/// The client of a request whose socket peer is `peer`. Headers count only when `peer` is
/// in `trusted`: then the hops they list are walked from the nearest, and the first one not
/// in `trusted` is the client. `Forwarded` is preferred to `X-Forwarded-For` when both are
/// sent. A hop that cannot be read stops the walk at the last trusted address (a client
/// cannot hide behind garbage).
pub fn resolve(
    peer: IpAddr,
    forwarded: Option<&str>,
    x_forwarded_for: Option<&str>,
    trusted: &[Cidr],
) -> IpAddr {
    let peer = canonical(peer);
    let is_trusted = |ip: IpAddr| trusted.iter().any(|c| c.contains(ip));
    if !is_trusted(peer) {
        return peer;
    }
    let hops: Vec<Option<IpAddr>> = match (forwarded, x_forwarded_for) {
        (Some(f), _) => forwarded_for(f),
        (None, Some(x)) => x.split(',').map(parse_node).collect(),
        (None, None) => return peer,
    };
    let mut client = peer;
    for hop in hops.into_iter().rev() {
        match hop {
            Some(ip) => {
                client = ip;
                if !is_trusted(ip) {
                    break;
                }
            }
            None => break,
        }
    }
    client
}

/// The key of `ip`'s network for the per-network limits: its /24 (IPv4) or /64 (IPv6).
pub fn network_of(ip: IpAddr) -> String {
    match canonical(ip) {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.0/24")
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            let net = Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
            format!("{net}/64")
        }
    }
}

/// The client address the server resolved for a request, kept in its extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }
    fn nets(list: &[&str]) -> Vec<Cidr> {
        list.iter().map(|s| s.parse().unwrap()).collect()
    }

    #[test]
    fn issue10_headers_from_an_untrusted_peer_are_ignored() {
        let t = nets(&["10.0.0.0/8"]);
        let got = resolve(ip("198.51.100.9"), None, Some("1.2.3.4"), &t);
        assert_eq!(got, ip("198.51.100.9"));
        let got = resolve(ip("198.51.100.9"), Some("for=1.2.3.4"), None, &[]);
        assert_eq!(got, ip("198.51.100.9"));
    }

    #[test]
    fn issue10_a_trusted_proxy_names_the_client_and_spoofed_hops_to_the_left_are_skipped() {
        let t = nets(&["10.0.0.0/8", "::1"]);
        // The client sent its own X-Forwarded-For; the proxy appended the real address.
        let got = resolve(ip("10.0.0.2"), None, Some("6.6.6.6, 203.0.113.7"), &t);
        assert_eq!(got, ip("203.0.113.7"));
        // Two trusted proxies in a row.
        let got = resolve(ip("10.0.0.2"), None, Some("203.0.113.7, 10.0.0.3"), &t);
        assert_eq!(got, ip("203.0.113.7"));
        // RFC 7239, with ports, quotes and IPv6.
        let got = resolve(
            ip("::1"),
            Some("for=6.6.6.6, for=\"[2001:db8::7]:4711\";proto=https"),
            Some("9.9.9.9"),
            &t,
        );
        assert_eq!(got, ip("2001:db8::7"));
        let got = resolve(ip("10.0.0.2"), None, Some("203.0.113.7:5555"), &t);
        assert_eq!(got, ip("203.0.113.7"));
        // Every hop trusted: the leftmost.
        let got = resolve(ip("10.0.0.2"), None, Some("10.1.1.1, 10.0.0.3"), &t);
        assert_eq!(got, ip("10.1.1.1"));
        // Garbage stops the walk at the last trusted hop.
        let got = resolve(ip("10.0.0.2"), None, Some("203.0.113.7, garbage"), &t);
        assert_eq!(got, ip("10.0.0.2"));
        // No header: the proxy itself.
        assert_eq!(resolve(ip("10.0.0.2"), None, None, &t), ip("10.0.0.2"));
    }

    #[test]
    fn cidrs_parse_and_match_mapped_addresses() {
        let c: Cidr = "192.168.0.0/16".parse().unwrap();
        assert!(c.contains(ip("192.168.4.5")));
        assert!(c.contains(ip("::ffff:192.168.4.5")));
        assert!(!c.contains(ip("192.169.0.1")));
        let all: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains(ip("8.8.8.8")));
        let one: Cidr = "2001:db8::1".parse().unwrap();
        assert!(one.contains(ip("2001:db8::1")) && !one.contains(ip("2001:db8::2")));
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("nonsense".parse::<Cidr>().is_err());
    }

    #[test]
    fn issue10_networks_are_slash_24_and_slash_64() {
        assert_eq!(network_of(ip("203.0.113.77")), "203.0.113.0/24");
        assert_eq!(network_of(ip("::ffff:203.0.113.77")), "203.0.113.0/24");
        assert_eq!(network_of(ip("2001:db8:1:2:3:4:5:6")), "2001:db8:1:2::/64");
    }
}
