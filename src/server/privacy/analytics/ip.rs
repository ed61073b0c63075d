//! Client addresses are cut to their network before anything is stored
//! (P05): /24 for IPv4, /48 for IPv6. An IPv4 address carried in IPv6
//! (`::ffff:a.b.c.d`) counts as IPv4.

use std::net::{IpAddr, Ipv6Addr};

/// The network an address belongs to, in CIDR notation.
pub fn truncate(ip: IpAddr) -> String {
    let v4 = match ip {
        IpAddr::V4(v4) => Some(v4),
        IpAddr::V6(v6) => v6.to_ipv4_mapped(),
    };
    if let Some(v4) = v4 {
        let [a, b, c, _] = v4.octets();
        return format!("{a}.{b}.{c}.0/24");
    }
    let IpAddr::V6(v6) = ip else {
        unreachable!("IPv4 handled above")
    };
    let s = v6.segments();
    format!("{}/48", Ipv6Addr::new(s[0], s[1], s[2], 0, 0, 0, 0, 0))
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn p05_addresses_keep_only_their_network() {
        assert_eq!(truncate("203.0.113.77".parse().unwrap()), "203.0.113.0/24");
        assert_eq!(
            truncate("2001:db8:abcd:12:3456::1".parse().unwrap()),
            "2001:db8:abcd::/48"
        );
        assert_eq!(
            truncate("::ffff:198.51.100.9".parse().unwrap()),
            "198.51.100.0/24"
        );
    }
}
