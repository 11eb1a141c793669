package dev.reactiveai.openai.core.internal;

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

	private final Redactor redactor;

	private final LoggedBodies bodies;

	private final Consumer<String> sink;

	private final BooleanSupplier enabled;

	private HttpLogger(String clientName, HttpLogLevel level, int maxBodySize, Redactor redactor, Consumer<String> sink,
			BooleanSupplier enabled) {
		this.enabled = enabled;
		this.clientName = clientName;
		this.level = level;
		this.redactor = redactor;
		this.sink = sink;
		this.bodies = new LoggedBodies(maxBodySize, redactor, this::log);
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
					LoggedBodies.WholeBody logged = HttpLogger.this.bodies.whole("--> body of " + line, type);
					return super.writeWith(Flux.from(body).doOnNext(logged::add).doOnComplete(logged::log));
				}

			}, context))
			.build();
	}

	private Flux<DataBuffer> loggedResponseBody(Flux<DataBuffer> body, @Nullable MediaType type, String line) {
		if (type != null && type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM)) {
			LoggedBodies.StreamEvents events = this.bodies.events("<-- event of " + line);
			return body.doOnNext(events::add).doOnComplete(events::flush);
		}
		LoggedBodies.WholeBody logged = this.bodies.whole("<-- body of " + line, type);
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

}
