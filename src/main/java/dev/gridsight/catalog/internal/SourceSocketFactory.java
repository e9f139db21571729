package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.Properties;

import javax.net.SocketFactory;

/**
 * The sockets the PostgreSQL driver opens to an external source. Each checks the address
 * it is about to connect to, after resolution, so a name that resolved to a public
 * address at registration cannot be rebound to a private one later. Public only because
 * the driver instantiates it by name ({@code socketFactory}) with the connection's
 * properties; it is set by {@link PostgresSource}, never by a user.
 */
public final class SourceSocketFactory extends SocketFactory {

	static final String ALLOW_PRIVATE = "gridsightAllowPrivate";

	private final boolean allowPrivate;

	public SourceSocketFactory(Properties properties) {
		this.allowPrivate = Boolean.parseBoolean(properties.getProperty(ALLOW_PRIVATE, "false"));
	}

	/** The refusal, kept apart so that the caller can tell it from a network error. */
	static final class PrivateAddressRefused extends ConnectException {

		PrivateAddressRefused(String message) {
			super(message);
		}

	}

	@Override
	public Socket createSocket() {
		return new CheckedSocket(allowPrivate);
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		Socket socket = createSocket();
		socket.connect(new InetSocketAddress(host, port));
		return socket;
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		Socket socket = createSocket();
		socket.bind(new InetSocketAddress(localHost, localPort));
		socket.connect(new InetSocketAddress(host, port));
		return socket;
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		return createSocket(host.getHostAddress(), port);
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		return createSocket(address.getHostAddress(), port, localAddress, localPort);
	}

	private static final class CheckedSocket extends Socket {

		private final boolean allowPrivate;

		CheckedSocket(boolean allowPrivate) {
			this.allowPrivate = allowPrivate;
		}

		@Override
		public void connect(SocketAddress endpoint, int timeout) throws IOException {
			SocketAddress target = endpoint;
			if (!allowPrivate && endpoint instanceof InetSocketAddress inet) {
				InetSocketAddress resolved = inet.isUnresolved()
						? new InetSocketAddress(inet.getHostString(), inet.getPort()) : inet;
				if (resolved.isUnresolved()) {
					throw new UnknownHostException(inet.getHostString());
				}
				if (SourceHostCheck.privateRange(resolved.getAddress()).isPresent()) {
					throw new PrivateAddressRefused(
							SourceHostCheck.message(inet.getHostString(), resolved.getAddress()));
				}
				target = resolved;
			}
			super.connect(target, timeout);
		}

	}

}
