package dev.reactiveai.openai.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on loopback that answers with exactly the bytes a test gives it, broken
 * framing included: bodies longer than their {@code Content-Length}, stray answers,
 * malformed chunks, mislabelled compression. Each connection is served by its own thread,
 * one request after the other, as HTTP/1.1 keep-alive works.
 */
final class RawHttpServer implements AutoCloseable {

	/** Writes the answer to one request. */
	@FunctionalInterface
	interface Script {

		/**
		 * Answer a request.
		 * @param request the request's number on this server, from 1
		 * @param head the request line and headers
		 * @param out the connection
		 * @throws Exception to drop the connection
		 */
		void answer(int request, String head, Exchange out) throws Exception;

	}

	/** The connection to write an answer to. */
	static final class Exchange {

		private final Socket socket;

		private final OutputStream out;

		Exchange(Socket socket) throws IOException {
			this.socket = socket;
			this.out = socket.getOutputStream();
		}

		Exchange write(String text) throws IOException {
			return write(text.getBytes(StandardCharsets.UTF_8));
		}

		Exchange write(byte[] bytes) throws IOException {
			this.out.write(bytes);
			this.out.flush();
			return this;
		}

		Exchange pause(long millis) throws InterruptedException {
			Thread.sleep(millis);
			return this;
		}

		void close() throws IOException {
			this.socket.close();
		}

	}

	private final ServerSocket serverSocket;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger openConnections = new AtomicInteger();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final Script script;

	RawHttpServer(Script script) throws IOException {
		this.script = script;
		this.serverSocket = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
		this.threads.execute(this::acceptLoop);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.serverSocket.getLocalPort() + "/v1";
	}

	int requests() {
		return this.requests.get();
	}

	int connections() {
		return this.connections.get();
	}

	int openConnections() {
		return this.openConnections.get();
	}

	private void acceptLoop() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				this.connections.incrementAndGet();
				this.openConnections.incrementAndGet();
				this.sockets.add(socket);
				this.threads.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = socket.getInputStream();
			Exchange exchange = new Exchange(socket);
			while (true) {
				String head = readHead(in);
				if (head == null) {
					return;
				}
				skipBody(in, head);
				this.script.answer(this.requests.incrementAndGet(), head, exchange);
				if (socket.isClosed()) {
					return;
				}
			}
		}
		catch (SocketException ex) {
			// The client closed the connection.
		}
		catch (Exception ex) {
			// The script dropped the connection.
		}
		finally {
			this.openConnections.decrementAndGet();
		}
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		int b;
		while ((b = in.read()) != -1) {
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
			if (matched == 4) {
				return head.toString(StandardCharsets.ISO_8859_1);
			}
		}
		return null;
	}

	private static void skipBody(InputStream in, String head) throws IOException {
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				long length = Long.parseLong(line.substring(15).trim());
				in.readNBytes((int) length);
			}
		}
	}

	/** An answer with a JSON body, framed by its length. */
	static String json(String body) {
		return json(body, "");
	}

	/** An answer with a JSON body, framed by its length, and extra headers. */
	static String json(String body, String headers) {
		return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\n" + headers + "\r\n" + body;
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.threads.shutdownNow();
		try {
			this.threads.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
