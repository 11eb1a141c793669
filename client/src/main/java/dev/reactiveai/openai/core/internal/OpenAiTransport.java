package dev.reactiveai.openai.core.internal;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.SettingNames;
import dev.reactiveai.openai.error.OpenAiClientClosedException;
import dev.reactiveai.openai.error.OpenAiStreamException;
import dev.reactiveai.openai.observation.OpenAiObservationContext;
import dev.reactiveai.openai.observation.internal.CallObservation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The one path that every call takes. The work is done by its parts:
 * {@link RequestWriter} adds authentication and headers and writes the request,
 * {@link Attempts} sends it, bounds each attempt in time and retries what may be retried
 * ({@link RetryPolicy}), {@link ErrorDecoder} maps error statuses to exceptions and
 * {@link Failures} everything else, {@link JsonBodies} and {@link EventStreams} decode
 * JSON bodies and event streams.
 * <p>
 * Services hold a transport and describe their operations with {@link ApiRequest}; they
 * add nothing else.
 */
public final class OpenAiTransport {

	private final OpenAiClientOptions options;

	private final RequestOptions requestOptions;

	private final JsonMapper mapper;

	private final SettingNames settingNames;

	/**
	 * The URIs of operations without variables, shared with the transports of
	 * {@link #withOptions}, which have the same base URL.
	 */
	private final Map<String, URI> fixedUris;

	/** What all calls of the client hold in memory, shared with {@link #withOptions}. */
	private final MemoryBudget memoryBudget;

	private final WebClient webClient;

	private final Attempts attempts;

	private final JsonBodies jsonBodies;

	private final EventStreams eventStreams;

	/** Set by {@link #close()}; a transport is closed too when its parent is. */
	private final AtomicBoolean closed = new AtomicBoolean();

	private final @Nullable OpenAiTransport parent;

	private final CallObservation observation;

	/**
	 * Create a transport.
	 * @param webClient the web client to send requests with
	 * @param options the client's settings
	 * @param mapper the JSON mapper, normally
	 * {@link dev.reactiveai.openai.json.OpenAiJson#mapper()}
	 * @param settingNames how messages name the client's settings
	 * @param observation how calls are observed
	 */
	public OpenAiTransport(WebClient webClient, OpenAiClientOptions options, JsonMapper mapper,
			SettingNames settingNames, CallObservation observation) {
		this(webClient, options, RequestOptions.NONE, mapper, settingNames, new ConcurrentHashMap<>(),
				new MemoryBudget(options.memory().maxInMemoryTotal().toBytes()), null, observation);
	}

	private OpenAiTransport(WebClient webClient, OpenAiClientOptions options, RequestOptions requestOptions,
			JsonMapper mapper, SettingNames settingNames, Map<String, URI> fixedUris, MemoryBudget memoryBudget,
			@Nullable OpenAiTransport parent, CallObservation observation) {
		this.webClient = webClient;
		this.observation = observation;
		this.options = options;
		this.requestOptions = requestOptions;
		this.mapper = mapper;
		this.settingNames = settingNames;
		this.fixedUris = fixedUris;
		this.memoryBudget = memoryBudget;
		this.parent = parent;
		CallSettings settings = CallSettings.of(options, requestOptions);
		ErrorDecoder errors = new ErrorDecoder(mapper, Redactor.of(options));
		this.attempts = new Attempts(
				new RequestWriter(webClient, options, requestOptions, mapper, fixedUris, settingNames), errors,
				new Failures(options, settings, settingNames), new RetryPolicy(options.retries().initialRetryDelay(),
						options.retries().maxRetryDelay(), options.retries().maxRetryAfter()),
				settings, options.name(), this::isClosed);
		this.jsonBodies = new JsonBodies(errors, memoryBudget, settings.maxInMemorySize());
		this.eventStreams = new EventStreams(mapper, errors, memoryBudget, settings.maxInMemorySize());
	}

	/**
	 * A transport whose calls apply the given overrides on top of this one's. It is
	 * closed when this one is.
	 * @param overrides the overrides
	 * @return the new transport
	 */
	public OpenAiTransport withOptions(RequestOptions overrides) {
		return new OpenAiTransport(this.webClient, this.options, this.requestOptions.merge(overrides), this.mapper,
				this.settingNames, this.fixedUris, this.memoryBudget, this, this.observation);
	}

	/**
	 * Close this transport and those derived from it with {@link #withOptions}: from now
	 * on every call fails at once with {@link OpenAiClientClosedException} and sends
	 * nothing, retries and the next pages of listings included. Idempotent.
	 */
	public void close() {
		this.closed.set(true);
	}

	/**
	 * Whether this transport, or the one it was derived from, is closed.
	 * @return whether it is closed
	 */
	public boolean isClosed() {
		return this.closed.get() || (this.parent != null && this.parent.isClosed());
	}

	/**
	 * The client's settings.
	 * @return the settings
	 */
	public OpenAiClientOptions options() {
		return this.options;
	}

	/**
	 * What all calls of the client hold in memory for answers in flight.
	 * @return the budget
	 */
	public MemoryBudget memoryBudget() {
		return this.memoryBudget;
	}

	/**
	 * The JSON mapper that bodies are read and written with.
	 * @return the mapper
	 */
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

	/**
	 * Call an operation that answers with JSON of a generic type.
	 * @param <T> the body type
	 * @param request the request
	 * @param type the body type
	 * @return the response, after retries
	 */
	public <T> Mono<ApiResponse<T>> exchange(ApiRequest request, TypeReference<T> type) {
		return exchange(request, this.mapper.getTypeFactory().constructType(type));
	}

	private <T> Mono<ApiResponse<T>> exchange(ApiRequest request, JavaType type) {
		ObjectReader reader = this.mapper.readerFor(type);
		return this.observation.observe(() -> context(request, false), this.attempts.exchange(request,
				MediaType.APPLICATION_JSON, (response) -> this.jsonBodies.read(response, reader, type)));
	}

	/**
	 * Call an operation whose answer has no body worth reading.
	 * @param request the request
	 * @return the response, with no body
	 */
	public Mono<ApiResponse<Void>> exchangeWithoutBody(ApiRequest request) {
		return this.observation.observe(() -> context(request, false), this.attempts.exchange(request, MediaType.ALL,
				(response) -> response.releaseBody().then(Mono.fromSupplier(() -> JsonBodies.withoutBody(response)))));
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
		return events(request, this.eventStreams.plain(eventType));
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
		return events(request, this.eventStreams.named(eventType));
	}

	private <E> Flux<E> events(ApiRequest request, EventStreams.EventReader<E> reader) {
		return this.observation.observeStream(() -> context(request, true),
				this.attempts.stream(request, MediaType.TEXT_EVENT_STREAM,
						(response, activity) -> this.eventStreams.events(request, response, activity, reader)));
	}

	private OpenAiObservationContext context(ApiRequest request, boolean streaming) {
		return this.observation.newContext(request.operationId(), this.options.name(), this.options.baseUrl(),
				streaming, request.jsonBody());
	}

	/**
	 * Call an operation that answers with binary content, and stream it. The caller must
	 * release each buffer (for example with {@link DataBufferUtils#write} or
	 * {@link DataBufferUtils#release}). The whole download, retries included, is bounded
	 * by {@link dev.reactiveai.openai.core.TimeoutOptions#downloadTimeout()}, besides the
	 * read timeout between buffers.
	 * @param request the request
	 * @return the content
	 */
	public Flux<DataBuffer> download(ApiRequest request) {
		return this.attempts.download(request);
	}

}
