package dev.gridsight.catalog.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import dev.gridsight.platform.InvalidInput;

/**
 * Against server-side request forgery through an external source: a host that resolves to
 * loopback, private, link-local (the cloud metadata service at 169.254.169.254),
 * unique-local, shared (CGNAT), unspecified, multicast or reserved addresses is refused
 * unless an admin allows private sources. Every resolved address counts, and IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by it. Checked
 * when a source is registered, before each connection, and on the very address the socket
 * connects to ({@link SourceSocketFactory}), so DNS rebinding cannot slip past.
 */
final class SourceHostCheck {

	private SourceHostCheck() {
	}

	/** Throws unless every address of {@code host} is public (or private is allowed). */
	static void require(String host, boolean allowPrivate) {
		if (allowPrivate) {
			return;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			throw new InvalidInput("The source host " + host + " cannot be resolved.");
		}
		for (InetAddress address : addresses) {
			if (privateRange(address).isPresent()) {
				throw refused(host, address);
			}
		}
	}

	static InvalidInput refused(String host, InetAddress address) {
		return new InvalidInput(message(host, address));
	}

	static String message(String host, InetAddress address) {
		return "The source host " + host + " resolves to a private address (" + address.getHostAddress()
				+ "); an admin can allow private sources with GRIDSIGHT_SOURCES_ALLOW_PRIVATE=true.";
	}

	/** The kind of non-public range {@code address} is in, or empty for a public one. */
	static Optional<String> privateRange(InetAddress address) {
		byte[] b = address.getAddress();
		return b.length == 4 ? ipv4(b, 0) : ipv6(b);
	}

	private static Optional<String> ipv4(byte[] b, int at) {
		int a0 = b[at] & 0xFF;
		int a1 = b[at + 1] & 0xFF;
		int a2 = b[at + 2] & 0xFF;
		String range = null;
		if (a0 == 0) {
			range = "unspecified";
		}
		else if (a0 == 127) {
			range = "loopback";
		}
		else if (a0 == 10 || (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168)) {
			range = "private";
		}
		else if (a0 == 169 && a1 == 254) {
			range = "link-local";
		}
		else if (a0 == 100 && (a1 & 0xC0) == 64) {
			range = "shared (CGNAT)";
		}
		else if (a0 == 192 && a1 == 0 && a2 == 0) {
			range = "IETF protocol assignments";
		}
		else if (a0 == 198 && (a1 & 0xFE) == 18) {
			range = "benchmarking";
		}
		else if (a0 >= 224 && a0 <= 239) {
			range = "multicast";
		}
		else if (a0 >= 240) {
			range = "reserved or broadcast";
		}
		return Optional.ofNullable(range);
	}

	private static Optional<String> ipv6(byte[] b) {
		if (zeros(b, 0, 10)) {
			if ((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
				return ipv4(b, 12); // IPv4-mapped ::ffff:a.b.c.d
			}
			if (zeros(b, 10, 15)) {
				int last = b[15] & 0xFF;
				return Optional.of(last == 0 ? "unspecified" : last == 1 ? "loopback" : "reserved");
			}
			if (b[10] == 0 && b[11] == 0) {
				return ipv4(b, 12); // IPv4-compatible ::a.b.c.d (deprecated)
			}
			return Optional.of("reserved");
		}
		int b0 = b[0] & 0xFF;
		int b1 = b[1] & 0xFF;
		if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
			// NAT64: 64:ff9b::a.b.c.d, and 64:ff9b:1::/48 for local use
			return zeros(b, 4, 12) ? ipv4(b, 12) : Optional.of("local-use NAT64");
		}
		if (b0 == 0x20 && b1 == 0x02) {
			return ipv4(b, 2); // 6to4 2002:a.b.c.d::/48
		}
		if ((b0 & 0xFE) == 0xFC) {
			return Optional.of("unique-local");
		}
		if (b0 == 0xFE && (b1 & 0xC0) == 0x80) {
			return Optional.of("link-local");
		}
		if (b0 == 0xFE && (b1 & 0xC0) == 0xC0) {
			return Optional.of("site-local");
		}
		if (b0 == 0xFF) {
			return Optional.of("multicast");
		}
		if (b0 == 0x01 && b1 == 0x00 && zeros(b, 2, 8)) {
			return Optional.of("discard-only");
		}
		return Optional.empty();
	}

	private static boolean zeros(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
