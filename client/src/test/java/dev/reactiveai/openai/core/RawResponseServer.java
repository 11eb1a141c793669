package dev.reactiveai.openai.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on loopback that answers every request with the same bytes, written as they
 * are: for responses that well-behaved servers refuse to send, such as header values with
 * control characters.
 */
final class RawResponseServer implements AutoCloseable {

	private final ServerSocket socket;

	private final AtomicInteger requests = new AtomicInteger();

	private final Thread acceptor;

	RawResponseServer(String response) throws IOException {
		this.socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
		byte[] bytes = response.getBytes(StandardCharsets.ISO_8859_1);
		this.acceptor = new Thread(() -> {
			while (!this.socket.isClosed()) {
				try (Socket connection = this.socket.accept()) {
					readHead(connection.getInputStream());
					this.requests.incrementAndGet();
					OutputStream out = connection.getOutputStream();
					out.write(bytes);
					out.flush();
				}
				catch (IOException ex) {
					// Closed, or the client went away: take the next connection.
				}
			}
		}, "raw-response-server");
		this.acceptor.setDaemon(true);
		this.acceptor.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.socket.getLocalPort() + "/v1";
	}

	int requests() {
		return this.requests.get();
	}

	/** Read up to the end of the request head; the tests send no bodies. */
	private static void readHead(InputStream in) throws IOException {
		int matched = 0;
		byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
		for (int read = in.read(); read != -1; read = in.read()) {
			matched = (read == end[matched]) ? matched + 1 : ((read == end[0]) ? 1 : 0);
			if (matched == end.length) {
				return;
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
