package dev.gridsight.catalog.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which addresses an external source may live on. Literals only, so no test depends on
 * DNS; names Java resolves itself ({@code localhost}, {@code 0}, {@code 2130706433},
 * {@code 127.1}) are included because they are what an attacker types.
 */
class SourceHostCheckTest {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.255.255.254", "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255",
			"172.16.0.1", "172.31.255.255", "192.168.0.1", "192.168.255.255", "169.254.169.254", "169.254.0.1",
			"100.64.0.1", "100.127.255.255", "192.0.0.8", "198.18.0.1", "198.19.255.255", "224.0.0.1",
			"239.255.255.250", "240.0.0.1", "255.255.255.255",
			// IPv6: loopback, unspecified, link-local, unique-local, site-local,
			// multicast
			"::1", "::", "fe80::1", "febf:ffff::1", "fc00::1", "fd12:3456:789a::1", "fec0::1", "ff02::1", "100::1",
			// IPv6 forms that carry a private IPv4 address
			"::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "::127.0.0.1",
			"::10.1.2.3", "64:ff9b::a9fe:a9fe", "64:ff9b::127.0.0.1", "64:ff9b:1::1", "2002:7f00:1::1",
			"2002:c0a8:101::1" })
	void refusesNonPublicAddresses(String literal) throws Exception {
		InetAddress address = InetAddress.getByName(literal);
		assertThat(SourceHostCheck.privateRange(address)).as(literal).isPresent();
		assertThatThrownBy(() -> SourceHostCheck.require(literal, false)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("resolves to a private address (" + address.getHostAddress() + ")")
			.hasMessageContaining("GRIDSIGHT_SOURCES_ALLOW_PRIVATE=true");
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "192.167.255.255", "192.169.0.1",
			"100.63.255.255", "100.128.0.1", "169.253.255.255", "169.255.0.1", "11.0.0.1", "126.255.255.255",
			"128.0.0.1", "223.255.255.255", "198.17.255.255", "198.20.0.1", "192.0.1.1",
			// public IPv6, and IPv6 forms carrying a public IPv4 address
			"2001:4860:4860::8888", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
			"fbff::1", "fe00::1" })
	void acceptsPublicAddresses(String literal) throws Exception {
		assertThat(SourceHostCheck.privateRange(InetAddress.getByName(literal))).as(literal).isEmpty();
	}

	/**
	 * How Java reads the tricky spellings: {@code 0} is 0.0.0.0, {@code 2130706433} and
	 * {@code 127.1} are 127.0.0.1 (BSD forms Java accepts), {@code [::1]} is loopback.
	 * {@code 0x7f000001} and {@code 017700000001} are not literals to Java and do not
	 * resolve (the driver resolves with Java too, so it cannot reach them either); both
	 * are refused.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "localhost", "0", "2130706433", "127.1", "127.0.0.01", "[::1]", "0x7f000001",
			"017700000001", "[::ffff:127.0.0.1]" })
	void refusesTheSpellingsOfLoopbackAnAttackerTries(String host) {
		assertThatThrownBy(() -> SourceHostCheck.require(host, false)).isInstanceOf(InvalidInput.class)
			.hasMessageStartingWith("The source host " + host + " ");
	}

	@Test
	void theMessageSaysWhatWasFoundAndHowToAllowIt() {
		assertThatThrownBy(() -> SourceHostCheck.require("127.0.0.1", false))
			.hasMessage("The source host 127.0.0.1 resolves to a private address (127.0.0.1); an admin can allow"
					+ " private sources with GRIDSIGHT_SOURCES_ALLOW_PRIVATE=true.");
	}

	@Test
	void anAdminSettingAllowsPrivateHosts() {
		assertThatCode(() -> SourceHostCheck.require("127.0.0.1", true)).doesNotThrowAnyException();
		assertThatCode(() -> SourceHostCheck.require("localhost", true)).doesNotThrowAnyException();
	}

	/** The wall against DNS rebinding: the socket itself refuses the resolved address. */
	@Test
	void theDriversSocketRefusesAPrivateAddressAtConnectTime() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Properties refuse = new Properties();
			try (Socket socket = new SourceSocketFactory(refuse).createSocket()) {
				assertThatThrownBy(
						() -> socket.connect(new InetSocketAddress("localhost", server.getLocalPort()), 1000))
					.isInstanceOf(SourceSocketFactory.PrivateAddressRefused.class)
					.hasMessageContaining("(127.0.0.1)");
				assertThat(socket.isConnected()).isFalse();
			}
			Properties allow = new Properties();
			allow.setProperty(SourceSocketFactory.ALLOW_PRIVATE, "true");
			try (Socket socket = new SourceSocketFactory(allow).createSocket()) {
				socket.connect(new InetSocketAddress("localhost", server.getLocalPort()), 1000);
				assertThat(socket.isConnected()).isTrue();
			}
		}
	}

	@Test
	void refusesAPrivateHostBeforeTheDriverIsCalled() {
		assertThatThrownBy(() -> new PostgresSource("127.0.0.1", 5432, "db", "user", null).open("pw", false))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("private address (127.0.0.1)");
	}

	/**
	 * Past the check made before connecting (as when DNS changes in between), the
	 * driver's own socket still refuses: the driver really uses the checking sockets.
	 */
	@Test
	void theDriverConnectsOnlyThroughTheCheckingSockets() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			PostgresSource source = new PostgresSource("localhost", server.getLocalPort(), "db", "user", "disable");
			assertThatThrownBy(() -> new org.postgresql.Driver().connect(
					"jdbc:postgresql://localhost:" + server.getLocalPort() + "/db", source.properties("pw", false)))
				.hasRootCauseInstanceOf(SourceSocketFactory.PrivateAddressRefused.class);
		}
	}

}
