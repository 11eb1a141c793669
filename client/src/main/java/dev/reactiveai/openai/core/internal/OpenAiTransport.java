package dev.reactiveai.openai.core.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.sse.SseDecoder;
import dev.reactiveai.openai.core.internal.sse.SseEvent;
import dev.reactiveai.openai.core.internal.sse.SseStreamTruncatedException;
import dev.reactiveai.openai.error.OpenAiClientClosedException;
import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiError;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.OpenAiResponseException;
import dev.reactiveai.openai.error.OpenAiStreamException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one path that every call takes: it adds authentication and headers, sends the
 * request, maps error statuses to exceptions, bounds each attempt in time, retries what
 * may be retried, and decodes JSON bodies and event streams.
 * <p>
 * Services hold a transport and describe their operations with {@link ApiRequest}; they
 * add nothing else.
 */
public final class OpenAiTransport {

	private static final Log logger = LogFactory.getLog(OpenAiTransport.class);

	/** How much of an answer that should have been an event stream an error quotes. */
	private static final int NOT_A_STREAM_EXCERPT = 512;

	private final WebClient webClient;

	private final OpenAiClientOptions options;

	private final RequestOptions requestOptions;

	private final JsonMapper mapper;

	private final RetryPolicy retryPolicy;

	private final String userAgent;

	private final ErrorDecoder errorDecoder;

	/**
	 * The URIs of operations that have neither path variables nor query parameters, by
	 * path template: building a URI costs a twentieth of a small call in profiles, and
	 * for these it is always the same one. Shared with the transports of
	 * {@link #withOptions}, which have the same base URL.
	 */
	private final Map<String, URI> fixedUris;

	/** What all calls of the client hold in memory, shared with {@link #withOptions}. */
	private final MemoryBudget memoryBudget;

	/** Set by {@link #close()}; a transport is closed too when its parent is. */
	private final AtomicBoolean closed = new AtomicBoolean();

	private final @Nullable OpenAiTransport parent;

	/**
	 * Create a transport.
	 * @param webClient the web client to send requests with
	 * @param options the client's settings
	 * @param mapper the JSON mapper, normally
	 * {@link dev.reactiveai.openai.json.OpenAiJson#mapper()}
	 */
	public OpenAiTransport(WebClient webClient, OpenAiClientOptions options, JsonMapper mapper) {
		this(webClient, options, RequestOptions.NONE, mapper, new ConcurrentHashMap<>(),
				new MemoryBudget(options.maxInMemoryTotal().toBytes()), null);
	}

	private OpenAiTransport(WebClient webClient, OpenAiClientOptions options, RequestOptions requestOptions,
			JsonMapper mapper, Map<String, URI> fixedUris, MemoryBudget memoryBudget,
			@Nullable OpenAiTransport parent) {
		this.webClient = webClient;
		this.options = options;
		this.requestOptions = requestOptions;
		this.mapper = mapper;
		this.retryPolicy = new RetryPolicy(options.initialRetryDelay(), options.maxRetryDelay(),
				options.maxRetryAfter());
		this.userAgent = UserAgent.VALUE;
		this.errorDecoder = new ErrorDecoder(mapper, Redactor.of(options));
		this.fixedUris = fixedUris;
		this.memoryBudget = memoryBudget;
		this.parent = parent;
	}

	/**
	 * A transport whose calls apply the given overrides on top of this one's. It is
	 * closed when this one is.
	 * @param overrides the overrides
	 * @return the new transport
	 */
	public OpenAiTransport withOptions(RequestOptions overrides) {
		return new OpenAiTransport(this.webClient, this.options, this.requestOptions.merge(overrides), this.mapper,
				this.fixedUris, this.memoryBudget, this);
	}

	/**
	 * Close this transport and those derived from it with {@link #withOptions}: from now
	 * on every call fails at once with {@link OpenAiClientClosedException} and sends
	 * nothing, retries and the next pages of listings included. Idempotent.
	 */
	public void close() {
		this.closed.set(true);
	}

	/** Whether this transport, or the one it was derived from, is closed. */
	public boolean isClosed() {
		return this.closed.get() || (this.parent != null && this.parent.isClosed());
	}

	/** The client's settings. */
	public OpenAiClientOptions options() {
		return this.options;
	}

	/** What all calls of the client hold in memory for answers in flight. */
	public MemoryBudget memoryBudget() {
		return this.memoryBudget;
	}

	/** The JSON mapper that bodies are read and written with. */
	public JsonMapper jsonMapper() {
		return this.mapper;
	}

	/**
	 * Call an operation that answers with JSON.
	 * @param <T> the body type
	 * @param request the request
	 * @param type the body type
	 * @return the response, after retries
	 */
	public <T> Mono<ApiResponse<T>> exchange(ApiRequest request, Class<T> type) {
		return exchange(request, this.mapper.constructType(type));
	}

	public <T> Mono<ApiResponse<T>> exchange(ApiRequest request, TypeReference<T> type) {
		return exchange(request, this.mapper.getTypeFactory().constructType(type));
	}

	/**
	 * Call an operation whose answer has no body worth reading.
	 * @param request the request
	 * @return the response, with no body
	 */
	public Mono<ApiResponse<Void>> exchangeWithoutBody(ApiRequest request) {
		return attempts(request, MediaType.ALL,
				(response) -> response.releaseBody().then(Mono.fromSupplier(() -> withoutBody(response))));
	}

	private <T> Mono<ApiResponse<T>> exchange(ApiRequest request, JavaType type) {
		ObjectReader reader = this.mapper.readerFor(type);
		return attempts(request, MediaType.APPLICATION_JSON, (response) -> readJson(response, reader, type));
	}

	/**
	 * Call a streaming operation and decode its server-sent events. {@code [DONE]} ends
	 * the stream; an {@code error} event, or data with an {@code error} member, fails it
	 * with {@link OpenAiStreamException} after the events before it. The call is retried
	 * only until the first event arrives.
	 * @param <E> the event type
	 * @param request the request
	 * @param eventType the event type
	 * @return the events
	 */
	public <E> Flux<E> stream(ApiRequest request, Class<E> eventType) {
		ObjectReader reader = this.mapper.readerFor(eventType);
		return events(request, eventType, (event) -> reader.readValue(event.data()));
	}

	private <E> Flux<E> events(ApiRequest request, Class<E> eventType, EventReader<E> reader) {
		SseDecoder decoder = new SseDecoder(maxInMemorySize(), this.memoryBudget);
		return streamed(request, MediaType.TEXT_EVENT_STREAM, (response, activity) -> {
			String requestId = response.headers().asHttpHeaders().getFirst("x-request-id");
			if (!isEventStream(response)) {
				return this.<E>notAnEventStream(request, response, requestId).flux();
			}
			// Any bytes, comments included, show that the stream is alive.
			return decoder.decode(response.body(BodyExtractors.toDataBuffers()).doOnNext((buffer) -> activity.run()))
				.takeWhile((event) -> !event.isDone() || "done".equals(event.event()))
				.handle((event, sink) -> {
					OpenAiStreamException error = this.errorDecoder.streamError(event, requestId);
					if (error != null) {
						sink.error(error);
						return;
					}
					try {
						sink.next(reader.read(event));
					}
					catch (JacksonException ex) {
						sink.error(this.errorDecoder.unreadable(
								"stream event '" + event.event() + "' as " + eventType.getSimpleName(), ex, requestId));
					}
				});
		});
	}

	@FunctionalInterface
	private interface EventReader<E> {

		E read(SseEvent event);

	}

	/**
	 * Call a streaming operation whose events are named by the SSE {@code event:} line,
	 * such as the Assistants runs ({@code thread.run.created}, ...). Each event is read
	 * as {@code {"event": name, "data": data}}, the shape the API description gives them.
	 * @param <E> the event type
	 * @param request the request
	 * @param eventType the event type
	 * @return the events
	 */
	public <E> Flux<E> streamNamedEvents(ApiRequest request, Class<E> eventType) {
		ObjectReader reader = this.mapper.readerFor(eventType);
		return events(request, eventType, (event) -> {
			tools.jackson.databind.node.ObjectNode envelope = this.mapper.createObjectNode();
			envelope.put("event", event.event());
			envelope.set("data", event.isDone() ? this.mapper.getNodeFactory().stringNode("[DONE]")
					: this.mapper.readTree(event.data()));
			return reader.readValue(envelope);
		});
	}

	/**
	 * Call an operation that answers with binary content, and stream it. The caller must
	 * release each buffer (for example with {@link DataBufferUtils#write} or
	 * {@link DataBufferUtils#release}). The whole download, retries included, is bounded
	 * by {@link OpenAiClientOptions#downloadTimeout()}, besides the read timeout between
	 * buffers.
	 * @param request the request
	 * @return the content
	 */
	public Flux<DataBuffer> download(ApiRequest request) {
		Duration downloadTimeout = downloadTimeout();
		return Flux.defer(() -> {
			AtomicLong received = new AtomicLong();
			Flux<DataBuffer> content = streamed(request, MediaType.ALL,
					(response, activity) -> response.body(BodyExtractors.toDataBuffers()))
				.doOnNext((buffer) -> received.addAndGet(buffer.readableByteCount()));
			return TotalTimeout.apply(content, downloadTimeout)
				.onErrorMap(TimeoutException.class, (ex) -> new OpenAiTimeoutException(
						request + " did not finish downloading within " + downloadTimeout + " (" + received.get()
								+ " bytes received; openai.download-timeout, or per call with withOptions(..))",
						downloadTimeout));
		});
	}

	/**
	 * The attempts of a call: each bounded by the timeout, retried while the policy
	 * allows. Once a successful answer has begun, a failure is retried only for an
	 * idempotent method: the server may already have done the work of a {@code POST}.
	 */
	private <T> Mono<T> attempts(ApiRequest request, MediaType accept, Function<ClientResponse, Mono<T>> body) {
		Duration timeout = timeout();
		return Mono.defer(() -> {
			AtomicBoolean answered = new AtomicBoolean();
			Mono<T> attempt = Mono.defer(() -> prepare(request, accept).exchangeToMono((response) -> {
				if (isError(response)) {
					return this.<T>errorFrom(request, response);
				}
				answered.set(true);
				return body.apply(response);
			}))
				.timeout(timeout, CallTimers.current())
				.onErrorMap((ex) -> translate(request, ex, timeout, "openai.timeout"));
			return attempt.retryWhen(retry(request, () -> !answered.get() || request.isIdempotent()));
		});
	}

	/**
	 * The attempts of a streamed call. A stream is retried only until its successful
	 * answer begins (for an idempotent method, until its first element): a stream that
	 * delivered something is never replayed.
	 */
	private <E> Flux<E> streamed(ApiRequest request, MediaType accept,
			BiFunction<ClientResponse, Runnable, Flux<E>> body) {
		Duration readTimeout = readTimeout();
		return Flux.defer(() -> {
			AtomicBoolean answered = new AtomicBoolean();
			AtomicBoolean delivered = new AtomicBoolean();
			Flux<E> attempt = IdleTimeout.apply((activity) -> prepare(request, accept).exchangeToFlux((response) -> {
				if (isError(response)) {
					return this.<E>errorFrom(request, response).flux();
				}
				answered.set(true);
				return body.apply(response, activity);
			}), readTimeout)
				.onErrorMap((ex) -> translate(request, ex, readTimeout, "openai.read-timeout"))
				.doOnNext((element) -> delivered.set(true));
			return attempt
				.retryWhen(retry(request, () -> !delivered.get() && (!answered.get() || request.isIdempotent())));
		});
	}

	private Retry retry(ApiRequest request, java.util.function.BooleanSupplier mayRetry) {
		int maxRetries = maxRetries();
		return Retry.from((signals) -> signals.concatMap((signal) -> {
			Throwable failure = signal.failure();
			if (signal.totalRetries() >= maxRetries || !request.isReplayable() || !mayRetry.getAsBoolean()) {
				return Mono.error(failure);
			}
			Duration delay = this.retryPolicy.delayBeforeRetry(failure, signal.totalRetries());
			if (delay == null) {
				return Mono.error(failure);
			}
			if (logger.isDebugEnabled()) {
				logger.debug("Retrying " + request + " in " + delay.toMillis() + " ms (retry "
						+ (signal.totalRetries() + 1) + " of " + maxRetries + ") after: " + failure.getMessage());
			}
			return Mono.delay(delay);
		}));
	}

	private WebClient.RequestHeadersSpec<?> prepare(ApiRequest request, MediaType accept) {
		if (isClosed()) {
			throw new OpenAiClientClosedException("OpenAI client '" + this.options.name() + "' is closed: " + request
					+ " was not sent. Calls must be made before the client is closed");
		}
		String apiKey = request.isAdministration() ? this.options.adminApiKey() : this.options.apiKey();
		if (apiKey == null) {
			throw new OpenAiConfigurationException(missingKeyMessage(request));
		}
		WebClient.RequestBodySpec spec = this.webClient.method(request.method())
			.uri(uri(request))
			.headers((headers) -> {
				headers.setBearerAuth(apiKey);
				headers.set(HttpHeaders.USER_AGENT, this.userAgent);
				headers.setAccept(List.of(accept));
				if (this.options.organization() != null) {
					headers.set("OpenAI-Organization", this.options.organization());
				}
				if (this.options.project() != null) {
					headers.set("OpenAI-Project", this.options.project());
				}
				this.options.headers().forEach(headers::set);
				request.headers().forEach(headers::set);
				this.requestOptions.headers().forEach(headers::set);
			});
		if (request.jsonBody() != null) {
			return spec.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(this.mapper.writeValueAsBytes(request.jsonBody()));
		}
		if (request.multipartBody() != null) {
			return spec.body(BodyInserters.fromMultipartData(request.multipartBody().parts()));
		}
		if (request.formBody() != null) {
			BodyInserters.FormInserter<String> form = null;
			for (Map.Entry<String, String> field : formFields(request.formBody()).entrySet()) {
				form = (form != null) ? form.with(field.getKey(), field.getValue())
						: BodyInserters.fromFormData(field.getKey(), field.getValue());
			}
			return (form != null) ? spec.body(form) : spec;
		}
		if (request.rawBody() != null && request.rawContentType() != null) {
			return spec.contentType(request.rawContentType()).bodyValue(request.rawBody());
		}
		return spec;
	}

	private Map<String, String> formFields(Object body) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		Map<?, ?> values = (body instanceof Map<?, ?> map) ? map : this.mapper.convertValue(body, Map.class);
		values.forEach((name, value) -> {
			if (value != null) {
				fields.put(String.valueOf(name),
						(value instanceof String text) ? text : (value instanceof Number || value instanceof Boolean)
								? value.toString() : this.mapper.writeValueAsString(value));
			}
		});
		return fields;
	}

	private String missingKeyMessage(ApiRequest request) {
		String client = this.options.name();
		boolean named = !client.equals("default");
		if (request.isAdministration()) {
			return "No admin API key is configured for OpenAI client '" + client + "', and " + request
					+ " is an administration call. Set "
					+ (named ? "openai.clients." + client + ".admin-api-key" : "openai.admin-api-key")
					+ " (or the OPENAI_ADMIN_API_KEY environment variable) to an admin key";
		}
		return "No API key is configured for OpenAI client '" + client + "'. Set "
				+ (named ? "openai.clients." + client + ".api-key" : "openai.api-key")
				+ " (or the OPENAI_API_KEY environment variable) to your key";
	}

	private URI uri(ApiRequest request) {
		if (request.pathVariables().isEmpty() && request.queryParams().isEmpty()
				&& this.requestOptions.queryParams().isEmpty()) {
			return this.fixedUris.computeIfAbsent(request.pathTemplate(), (template) -> buildUri(request));
		}
		return buildUri(request);
	}

	private URI buildUri(ApiRequest request) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(this.options.baseUrl())
			.path(request.pathTemplate());
		List<Object> variables = new ArrayList<>(request.pathVariables());
		for (Map.Entry<String, String> param : request.queryParams()) {
			builder.queryParam(param.getKey(), "{q" + variables.size() + "}");
			variables.add(param.getValue());
		}
		for (Map.Entry<String, String> param : this.requestOptions.queryParams().entrySet()) {
			builder.queryParam(param.getKey(), "{q" + variables.size() + "}");
			variables.add(param.getValue());
		}
		return builder.encode().buildAndExpand(variables.toArray()).toUri();
	}

	private static boolean isError(ClientResponse response) {
		return !response.statusCode().is2xxSuccessful();
	}

	private static boolean isEventStream(ClientResponse response) {
		return response.headers()
			.contentType()
			.map((type) -> type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM))
			.orElse(false);
	}

	/**
	 * A proxy's or captive portal's page must not pass for a stream without events: the
	 * error quotes the start of what came instead.
	 */
	private <E> Mono<E> notAnEventStream(ApiRequest request, ClientResponse response, @Nullable String requestId) {
		String contentType = response.headers().asHttpHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
		return response.body(BodyExtractors.toDataBuffers()).next().map((buffer) -> {
			try {
				int length = Math.min(buffer.readableByteCount(), NOT_A_STREAM_EXCERPT);
				byte[] start = new byte[length];
				buffer.read(start);
				return new String(start, StandardCharsets.UTF_8);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		})
			.defaultIfEmpty("")
			.flatMap((start) -> Mono
				.error(this.errorDecoder.notAnEventStream(request, contentType, start.strip(), requestId)));
	}

	private <T> Mono<ApiResponse<T>> readJson(ClientResponse response, ObjectReader reader, JavaType type) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		String requestId = headers.getFirst("x-request-id");
		return Mono.using(AtomicLong::new,
				(held) -> DataBufferUtils
					.join(response.body(BodyExtractors.toDataBuffers())
						.doOnNext((buffer) -> reserve(held, buffer.readableByteCount())), maxInMemorySize())
					.map((buffer) -> {
						try (java.io.InputStream input = buffer.asInputStream(true)) {
							T body = reader.readValue(input);
							return new ApiResponse<>(response.statusCode().value(), headers, body);
						}
						catch (JacksonException ex) {
							throw this.errorDecoder.unreadable("the response as " + type.getRawClass().getSimpleName(),
									ex, requestId);
						}
						catch (IOException ex) {
							throw Exceptions.propagate(ex);
						}
					})
					.switchIfEmpty(Mono.error(() -> new OpenAiResponseException(
							"The response had no body, but " + type.getRawClass().getSimpleName() + " was expected",
							requestId, null))),
				(held) -> this.memoryBudget.release(held.get()));
	}

	/** Take the bytes of a body from the client's budget as they arrive. */
	private void reserve(AtomicLong held, int bytes) {
		this.memoryBudget.reserve(bytes);
		held.addAndGet(bytes);
	}

	private static ApiResponse<Void> withoutBody(ClientResponse response) {
		return new ApiResponse<>(response.statusCode().value(), response.headers().asHttpHeaders(), null);
	}

	private <T> Mono<T> errorFrom(ApiRequest request, ClientResponse response) {
		HttpHeaders headers = response.headers().asHttpHeaders();
		int status = response.statusCode().value();
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), 64 * 1024).map((buffer) -> {
			try {
				return buffer.toString(StandardCharsets.UTF_8);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		})
			.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(""))
			.defaultIfEmpty("")
			.flatMap((body) -> Mono.error(this.errorDecoder.serviceException(request, status, headers, body)));
	}

	private Throwable translate(ApiRequest request, Throwable failure, Duration timeout, String timeoutProperty) {
		if (failure instanceof OpenAiException) {
			return failure;
		}
		if (failure instanceof TimeoutException) {
			return new OpenAiTimeoutException(request + " got no answer within " + timeout + " (" + timeoutProperty
					+ ", or per call with withOptions(..))", timeout);
		}
		if (failure instanceof WebClientRequestException ex) {
			// The cause, not the exception itself: it carries the request headers, and so
			// the key.
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : null;
			return new OpenAiConnectionException("Could not send " + request + " to " + origin() + ": "
					+ ((cause != null) ? cause.getMessage() : ex.getMessage()), cause);
		}
		if (failure instanceof MemoryBudget.Exceeded exceeded) {
			return new OpenAiResponseException("The answer to " + request + " was refused: the answers in flight on "
					+ "client '" + this.options.name() + "' would hold more than " + exceeded.limit()
					+ " bytes in memory together (the client's maxInMemoryTotal)", null, failure);
		}
		if (failure instanceof DataBufferLimitException) {
			return new OpenAiResponseException("The response to " + request + " exceeds the limit of "
					+ maxInMemorySize() + " bytes held in memory; raise openai.max-in-memory-size to accept it", null,
					failure);
		}
		if (failure instanceof SseStreamTruncatedException) {
			return new OpenAiStreamException("The stream of " + request + " was cut off: " + failure.getMessage(),
					new OpenAiError(null, null, null, null), null, failure);
		}
		if (failure instanceof IOException || failure.getClass().getName().startsWith("reactor.netty")) {
			return new OpenAiConnectionException(
					"The connection to " + origin() + " failed during " + request + ": " + failure.getMessage(),
					failure);
		}
		if (failure instanceof Error) {
			return failure;
		}
		// What the HTTP codec or the decompressor could not decode (bad chunk framing, a
		// body
		// that is not the compression it claims), or anything else: the call still fails
		// with the library's own type, naming the request.
		return new OpenAiResponseException("The answer to " + request + " from " + origin() + " could not be read: "
				+ failure.getClass().getSimpleName() + ": "
				+ ServerText.quote(String.valueOf(failure.getMessage()), ServerText.MAX_TEXT), null, failure);
	}

	private String origin() {
		URI base = this.options.baseUrl();
		return base.getScheme() + "://" + base.getHost() + ((base.getPort() != -1) ? ":" + base.getPort() : "");
	}

	private Duration timeout() {
		return (this.requestOptions.timeout() != null) ? this.requestOptions.timeout() : this.options.timeout();
	}

	private Duration readTimeout() {
		return (this.requestOptions.readTimeout() != null) ? this.requestOptions.readTimeout()
				: this.options.readTimeout();
	}

	private Duration downloadTimeout() {
		return (this.requestOptions.downloadTimeout() != null) ? this.requestOptions.downloadTimeout()
				: this.options.downloadTimeout();
	}

	private int maxRetries() {
		return (this.requestOptions.maxRetries() != null) ? this.requestOptions.maxRetries()
				: this.options.maxRetries();
	}

	private int maxInMemorySize() {
		return (int) this.options.maxInMemorySize().toBytes();
	}

}
