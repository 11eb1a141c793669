package dev.reactiveai.openai.core.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import dev.reactiveai.openai.core.HttpLogLevel;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Logs the HTTP exchanges of a client, for debugging, to the logger {@value #LOGGER_NAME}
 * at {@code INFO}: the request line, status, and headers, and at
 * {@link HttpLogLevel#BODY} the bodies. The client's keys are redacted wherever they
 * appear, and the values of the headers that carry credentials are never shown. A body is
 * logged up to a size and cut there, as it passes: what is logged is held, never the
 * rest; an event stream is logged event by event as the events arrive. A body that is not
 * text (a file upload, audio) is logged by its size only.
 */
public final class HttpLogger implements ExchangeFilterFunction {

	/** The logger the exchanges go to. */
	public static final String LOGGER_NAME = "dev.reactiveai.openai.http";

	/** Headers whose values are credentials, shown as {@value #HIDDEN}. */
	private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "api-key",
			"x-api-key", "cookie", "set-cookie");

	private static final String HIDDEN = "[redacted]";

	private static final Log logger = LogFactory.getLog(LOGGER_NAME);

	private final String clientName;

	private final HttpLogLevel level;

	private final int maxBodySize;

	private final Redactor redactor;

	private final Consumer<String> sink;

	private final BooleanSupplier enabled;

	private HttpLogger(String clientName, HttpLogLevel level, int maxBodySize, Redactor redactor, Consumer<String> sink,
			BooleanSupplier enabled) {
		this.enabled = enabled;
		this.clientName = clientName;
		this.level = level;
		this.maxBodySize = maxBodySize;
		this.redactor = redactor;
		this.sink = sink;
	}

	/**
	 * A logger of a client's exchanges.
	 * @param options the client's options: its name prefixes each line, its keys are
	 * redacted
	 * @param level how much to log; not {@link HttpLogLevel#NONE}
	 * @param maxBodySize how many bytes of each body, or of each event of a stream, to
	 * log at most
	 * @return the logger, a filter of the client's web client
	 */
	public static HttpLogger of(OpenAiClientOptions options, HttpLogLevel level, int maxBodySize) {
		return of(options, level, maxBodySize, logger::info, logger::isInfoEnabled);
	}

	static HttpLogger of(OpenAiClientOptions options, HttpLogLevel level, int maxBodySize, Consumer<String> sink,
			BooleanSupplier enabled) {
		if (level == HttpLogLevel.NONE) {
			throw new IllegalArgumentException("An HTTP logger logs at HEADERS or BODY, not NONE");
		}
		if (maxBodySize < 0) {
			throw new IllegalArgumentException(
					"The size up to which bodies are logged must not be negative, but was " + maxBodySize + " bytes");
		}
		return new HttpLogger(options.name(), level, maxBodySize, Redactor.of(options), sink, enabled);
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!this.enabled.getAsBoolean()) {
			return next.exchange(request);
		}
		String line = request.method() + " " + this.redactor.redact(Redactor.maskUserInfo(request.url().toString()));
		log("--> " + line + headers(request.headers()));
		ClientRequest logged = (this.level == HttpLogLevel.BODY) ? withLoggedBody(request, line) : request;
		long start = System.nanoTime();
		return next.exchange(logged).map((response) -> {
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			HttpHeaders headers = response.headers().asHttpHeaders();
			log("<-- " + response.statusCode().value() + " " + line + " (" + millis + " ms)" + headers(headers));
			if (this.level != HttpLogLevel.BODY) {
				return response;
			}
			MediaType type = headers.getContentType();
			return response.mutate().body((body) -> loggedResponseBody(body, type, line)).build();
		});
	}

	private ClientRequest withLoggedBody(ClientRequest request, String line) {
		MediaType type = request.headers().getContentType();
		return ClientRequest.from(request)
			.body((message, context) -> request.body().insert(new ClientHttpRequestDecorator(message) {

				@Override
				public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
					WholeBody logged = new WholeBody("--> body of " + line, type);
					return super.writeWith(Flux.from(body).doOnNext(logged::add).doOnComplete(logged::log));
				}

			}, context))
			.build();
	}

	private Flux<DataBuffer> loggedResponseBody(Flux<DataBuffer> body, @Nullable MediaType type, String line) {
		if (type != null && type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM)) {
			StreamEvents events = new StreamEvents("<-- event of " + line);
			return body.doOnNext(events::add).doOnComplete(events::flush);
		}
		WholeBody logged = new WholeBody("<-- body of " + line, type);
		return body.doOnNext(logged::add).doOnComplete(logged::log);
	}

	private String headers(HttpHeaders headers) {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, List<String>> header : headers.headerSet()) {
			boolean secret = SECRET_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT));
			for (String value : header.getValue()) {
				text.append("\n    ")
					.append(header.getKey())
					.append(": ")
					.append(secret ? HIDDEN : this.redactor.redact(value));
			}
		}
		return text.toString();
	}

	private void log(String message) {
		this.sink.accept("[" + this.clientName + "] " + message);
	}

	private static boolean isText(@Nullable MediaType type) {
		if (type == null) {
			return false;
		}
		String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
		return "text".equals(type.getType()) || subtype.equals("json") || subtype.endsWith("+json")
				|| subtype.equals("x-www-form-urlencoded") || subtype.equals("xml");
	}

	/** The first bytes of a body, the rest counted; logged when the body ends. */
	private final class WholeBody {

		private final String title;

		private final boolean text;

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		private long size;

		/**
		 * Set once logged: after an answer was read, WebClient subscribes to its body
		 * again to release what is left, and that must not log it again.
		 */
		private boolean logged;

		WholeBody(String title, @Nullable MediaType type) {
			this.title = title;
			this.text = isText(type);
		}

		void add(DataBuffer buffer) {
			int length = buffer.readableByteCount();
			int keep = this.text ? (int) Math.min(length, Math.max(0, HttpLogger.this.maxBodySize - this.size)) : 0;
			int start = buffer.readPosition();
			for (int i = 0; i < keep; i++) {
				this.kept.write(buffer.getByte(start + i));
			}
			this.size += length;
		}

		void log() {
			if (this.logged) {
				return;
			}
			this.logged = true;
			if (!this.text) {
				HttpLogger.this.log(this.title + " (" + this.size + " bytes, not text: not shown)");
				return;
			}
			HttpLogger.this.log(this.title + describe(this.size, this.kept));
		}

	}

	/**
	 * The events of a stream, each logged when its blank line arrives; at most the stated
	 * size of each is held.
	 */
	private final class StreamEvents {

		private final String title;

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		private long size;

		private int previous = -1;

		StreamEvents(String title) {
			this.title = title;
		}

		void add(DataBuffer buffer) {
			int start = buffer.readPosition();
			int end = start + buffer.readableByteCount();
			for (int i = start; i < end; i++) {
				byte current = buffer.getByte(i);
				if (current == '\r') {
					continue;
				}
				if (current == '\n' && this.previous == '\n') {
					flush();
					continue;
				}
				if (this.size < HttpLogger.this.maxBodySize) {
					this.kept.write(current);
				}
				this.size++;
				this.previous = current;
			}
		}

		void flush() {
			// The line end before the blank line closes the event; it is not part of it.
			long eventSize = (this.previous == '\n') ? this.size - 1 : this.size;
			if (eventSize > 0) {
				HttpLogger.this.log(this.title + describe(eventSize, this.kept));
			}
			this.kept.reset();
			this.size = 0;
			this.previous = -1;
		}

	}

	private String describe(long size, ByteArrayOutputStream kept) {
		String shown = this.redactor.redact(kept.toString(StandardCharsets.UTF_8).strip());
		if (size > kept.size()) {
			return " (" + size + " bytes, cut at " + this.maxBodySize + "):\n" + shown + " [...]";
		}
		return " (" + size + " bytes):\n" + shown;
	}

}
