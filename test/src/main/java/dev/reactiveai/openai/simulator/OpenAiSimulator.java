package dev.reactiveai.openai.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.spec.OpenApiSpec;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpData;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

/**
 * An OpenAI API on loopback, in the same process: for tests, and for running an
 * application without a key, a network or a bill.
 * <p>
 * The groups applications use most are modelled with state (models, chat completions,
 * responses and conversations, embeddings, moderations, files, uploads, batches, vector
 * stores, images, audio); every other operation of the API answers from the spec's own
 * examples, so no call of the client meets a 404. Answers are deterministic: the same
 * input gets the same text and the same vectors. <pre class="code">
 * try (OpenAiSimulator simulator = OpenAiSimulator.start()) {
 *     OpenAiClient client = OpenAiClient.builder()
 *         .options(OpenAiClientOptions.builder().baseUrl(simulator.baseUrl()).apiKey("sk-test").build())
 *         .build();
 *     simulator.faults().failNext(1, 429, Duration.ofMillis(10));
 *     // ... call the client, then assert on simulator.requests()
 * }
 * </pre> It plays OpenAI's API by default; {@link Builder#mode(SimulatorMode)} makes it
 * an Azure OpenAI resource or a server that needs no key. Stream pacing, latency, faults
 * and scripted answers can change while it runs; {@link #reset()} forgets all of them
 * together with every stored resource and recorded request.
 */
public final class OpenAiSimulator implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(OpenAiSimulator.class);

	private static final String API_PREFIX = "/v1";

	/**
	 * The text that makes the content filter refuse a request in
	 * {@link SimulatorMode#AZURE Azure mode}: a request whose body contains it (in a
	 * message, an input, a prompt) is answered with status 400, code
	 * {@code content_filter} and the filter's results, {@code violence} filtered with
	 * severity {@code high}, as Azure answers.
	 */
	public static final String CONTENT_FILTER_TRIGGER = "[simulate:content_filter]";

	private final JsonMapper mapper = OpenAiJson.mapper();

	private final Routes routes = new Routes(OpenApiSpec.bundled());

	private final Faults faults = new Faults();

	private final Script script = new Script();

	private final RecordedRequests requests;

	private final Simulation simulation;

	private final List<ResourceHandler> handlers;

	private final SpecExampleResponses specExamples = new SpecExampleResponses();

	private final RealtimeSimulator realtime = new RealtimeSimulator(this.mapper, this.script);

	private final boolean requireApiKey;

	private final SimulatorMode mode;

	/** Azure's paths and refusals, in {@link SimulatorMode#AZURE}. */
	private final @Nullable AzureFront azure;

	/** The keys and tokens accepted; any when empty. */
	private final Set<String> acceptedCredentials;

	private final AtomicLong requestIds = new AtomicLong();

	private final LoopResources loops;

	private final DisposableServer server;

	private volatile int tokensPerSecond;

	private volatile Duration latency;

	private OpenAiSimulator(Builder builder) {
		this.requests = new RecordedRequests(builder.requestCapacity);
		this.mode = builder.mode;
		this.requireApiKey = builder.requireApiKey && builder.mode != SimulatorMode.KEYLESS;
		this.azure = (builder.mode == SimulatorMode.AZURE) ? new AzureFront(builder.azureDeployments) : null;
		this.acceptedCredentials = Set.copyOf(builder.acceptedCredentials);
		this.tokensPerSecond = builder.tokensPerSecond;
		this.latency = builder.latency;
		this.realtime.tokensPerSecond(builder.tokensPerSecond);
		this.simulation = new Simulation(this.script, builder.clock, this::dispatch);
		this.handlers = ResourceHandlers.create(this.simulation);
		this.handlers.forEach((handler) -> handler.register(this.routes));
		this.specExamples.register(this.routes);
		// Its own event loop, so that a test that blocks the client's threads or a call
		// scripted to hang never starves the server.
		this.loops = LoopResources.create("openai-simulator", 1, 2, true);
		this.server = HttpServer.create()
			.host(builder.host)
			.port(builder.port)
			.runOn(this.loops)
			.handle(this::serve)
			.bindNow(Duration.ofSeconds(10));
		logger.debug("OpenAI simulator listening on " + baseUrl());
	}

	/**
	 * Starts a simulator on a free loopback port, with unpaced streams and no latency.
	 * @return the running simulator
	 */
	public static OpenAiSimulator start() {
		return builder().start();
	}

	/**
	 * A builder of a simulator.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The base URL to give the client, such as {@code http://127.0.0.1:54321/v1}; in
	 * {@link SimulatorMode#AZURE Azure mode}, the resource endpoint, such as
	 * {@code http://127.0.0.1:54321}.
	 * @return the URL
	 */
	public String baseUrl() {
		String root = "http://" + this.server.host() + ":" + this.server.port();
		return (this.mode == SimulatorMode.AZURE) ? root : root + API_PREFIX;
	}

	/**
	 * Which server the simulator plays.
	 * @return the mode
	 */
	public SimulatorMode mode() {
		return this.mode;
	}

	/**
	 * The port the simulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * The faults to script.
	 * @return the faults
	 */
	public Faults faults() {
		return this.faults;
	}

	/**
	 * The answers to script.
	 * @return the script
	 */
	public Script script() {
		return this.script;
	}

	/**
	 * The realtime API, over WebSocket at {@code /v1/realtime}: what its sessions
	 * received, how many are open, and its faults.
	 * @return the realtime simulator
	 */
	public RealtimeSimulator realtime() {
		return this.realtime;
	}

	/**
	 * The requests received so far.
	 * @return the requests
	 */
	public RecordedRequests requests() {
		return this.requests;
	}

	/**
	 * The operations a resource group models with state, such as
	 * {@code createChatCompletion}: the ids {@link RecordedRequests#forOperation(String)}
	 * takes, as are those of {@link #operationsAnsweredFromSpec()}.
	 * @return their {@code operationId}s
	 */
	public Set<String> modelledOperations() {
		return this.routes.operationIds()
			.stream()
			.filter((id) -> !this.specExamples.operationIds().contains(id))
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * The operations no resource group models, which answer from the spec's examples.
	 * @return their {@code operationId}s, in the spec's order
	 */
	public Set<String> operationsAnsweredFromSpec() {
		return Set.copyOf(this.specExamples.operationIds());
	}

	/**
	 * Paces every stream: one event per token, this many a second.
	 * @param tokensPerSecond the rate, {@code 0} for as fast as possible
	 */
	public void tokensPerSecond(int tokensPerSecond) {
		if (tokensPerSecond < 0) {
			throw new IllegalArgumentException("tokensPerSecond must not be negative, was " + tokensPerSecond);
		}
		this.tokensPerSecond = tokensPerSecond;
		this.realtime.tokensPerSecond(tokensPerSecond);
	}

	/**
	 * Delays every answer.
	 * @param latency the delay before the status line, {@link Duration#ZERO} for none
	 */
	public void latency(Duration latency) {
		if (latency.isNegative()) {
			throw new IllegalArgumentException("latency must not be negative, was " + latency);
		}
		this.latency = latency;
	}

	/**
	 * Forgets every stored resource, recorded request, scripted answer and fault not used
	 * yet. Pacing and latency stay as they are.
	 */
	public void reset() {
		this.faults.clear();
		this.script.clear();
		this.requests.clear();
		this.realtime.reset();
		this.simulation.reset();
		this.handlers.forEach(ResourceHandler::reset);
	}

	/**
	 * Stops the simulator: open connections are closed.
	 */
	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
		this.loops.disposeLater().block(Duration.ofSeconds(5));
	}

	@Override
	public String toString() {
		return "OpenAiSimulator at " + baseUrl();
	}

	private Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response) {
		String path = new QueryStringDecoder(request.uri()).path();
		if (this.azure != null && AzureFront.isRealtime(path) && RealtimeSimulator.isUpgrade(request)) {
			HttpHeaders headers = new HttpHeaders();
			request.requestHeaders().forEach((header) -> headers.add(header.getKey(), header.getValue()));
			AzureFront.Realtime target = this.azure.realtime(path, new QueryStringDecoder(request.uri()).parameters(),
					headers);
			SimulatorResponse refusal = target.refusal();
			if (refusal == null && !isAccepted(headers)) {
				refusal = unauthorized();
			}
			return this.realtime.serve(request, response, refusal, target.deployment(),
					(refused) -> write(response, refused, null));
		}
		if (this.azure == null && path.equals(API_PREFIX + "/realtime") && RealtimeSimulator.isUpgrade(request)) {
			return this.realtime.serve(request, response, this.requireApiKey,
					(refusal) -> write(response, refusal, null));
		}
		String operationPath;
		boolean datedAzureApi = false;
		if (this.azure != null) {
			AzureFront.Target target = this.azure.target(request.method().name(), path);
			if (target.refusal() != null) {
				return write(response, target.refusal(), null);
			}
			operationPath = target.path();
			datedAzureApi = target.dated();
		}
		else if (path.startsWith(API_PREFIX + "/")) {
			operationPath = path.substring(API_PREFIX.length());
		}
		else {
			return write(response, invalidUrl(request.method().name(), path), null);
		}
		boolean dated = datedAzureApi;
		return read(request, operationPath).flatMap((recorded) -> {
			this.requests.add(recorded);
			return answer(recorded, dated);
		})
			.onErrorResume((ex) -> Mono.just(new Answer(SimulatorResponse.error(500, "server_error",
					"The simulator failed: " + ex.getMessage(), null, null), null, null)))
			.flatMap((answer) -> write(response, answer.response(), answer));
	}

	private Mono<Answer> answer(RecordedRequest request, boolean datedAzureApi) {
		SimulatorResponse refusal = refusal(request, datedAzureApi);
		if (refusal != null) {
			return Mono.just(new Answer(refusal, null, null));
		}
		Faults.Kind fault = this.faults.take(request.path(), isStreaming(request));
		if (fault instanceof Faults.Hang) {
			return Mono.never();
		}
		Mono<Answer> answer = (fault instanceof Faults.Failure failure)
				? Mono.just(new Answer(failure(failure.status()), failure.retryAfter(), null))
				: dispatch(request).map((response) -> new Answer(response, null,
						(fault instanceof Faults.Cut cut) ? cut.events() : null));
		Duration delay = this.latency;
		return delay.isZero() ? answer : answer.delaySubscription(delay);
	}

	private @Nullable SimulatorResponse refusal(RecordedRequest request, boolean datedAzureApi) {
		if (isPublic(request.path())) {
			return null;
		}
		if (this.azure != null) {
			SimulatorResponse refusal = this.azure.refusal(request, datedAzureApi);
			if (refusal != null) {
				return refusal;
			}
			return isAccepted(request.headers()) ? null : unauthorized();
		}
		if (this.requireApiKey && !hasApiKey(request.headers())) {
			return SimulatorResponse.error(401, "invalid_request_error",
					"You didn't provide an API key. You need to provide your API key in an Authorization header "
							+ "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
					null, null);
		}
		return (this.mode == SimulatorMode.KEYLESS || isAccepted(request.headers())) ? null : unauthorized();
	}

	/** Whether the key or token sent is one of those accepted, when only some are. */
	private boolean isAccepted(HttpHeaders headers) {
		if (this.acceptedCredentials.isEmpty()) {
			return true;
		}
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		String token = (authorization != null && authorization.startsWith("Bearer ")) ? authorization.substring(7)
				: null;
		String key = headers.getFirst("api-key");
		// Set.of refuses to look up null.
		return (token != null && this.acceptedCredentials.contains(token))
				|| (key != null && this.acceptedCredentials.contains(key));
	}

	private SimulatorResponse unauthorized() {
		if (this.azure != null) {
			return AzureFront.error(401, "401",
					"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid "
							+ "key for an active subscription and use a correct regional API endpoint for your resource.",
					null);
		}
		return SimulatorResponse.error(401, "invalid_request_error",
				"Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.",
				null, "invalid_api_key");
	}

	private Mono<SimulatorResponse> dispatch(RecordedRequest request) {
		Script.Stub stub = this.script.stubFor(request.method(), request.path());
		if (stub != null) {
			return Mono.just(new SimulatorResponse.Json(stub.status(), this.mapper.readTree(stub.json())));
		}
		Routes.Match match = this.routes.find(request.method(), request.path());
		if (match == null) {
			return Mono.just(invalidUrl(request.method(), API_PREFIX + request.path()));
		}
		return Mono.fromSupplier(() -> match.handler().apply(new Call(request, match.variables())))
			.onErrorResume(SimulatorException.class, (ex) -> Mono.just(ex.response()));
	}

	private Mono<RecordedRequest> read(HttpServerRequest request, String path) {
		Instant receivedAt = Instant.now();
		String method = request.method().name();
		Routes.Match match = this.routes.find(method, path);
		String operationId = (match != null) ? match.operationId() : null;
		Map<String, List<String>> query = new QueryStringDecoder(request.uri()).parameters();
		HttpHeaders headers = new HttpHeaders();
		request.requestHeaders().forEach((header) -> headers.add(header.getKey(), header.getValue()));
		if (request.isMultipart()) {
			return request.receiveForm()
				.map(OpenAiSimulator::part)
				.collectList()
				.map((parts) -> new RecordedRequest(operationId, method, path, query, headers, new byte[0], parts,
						receivedAt));
		}
		return request.receive()
			.aggregate()
			.asByteArray()
			.defaultIfEmpty(new byte[0])
			.map((content) -> new RecordedRequest(operationId, method, path, query, headers, content, List.of(),
					receivedAt));
	}

	private static RecordedRequest.RecordedPart part(HttpData data) {
		try {
			if (data instanceof FileUpload file) {
				return new RecordedRequest.RecordedPart(file.getName(), file.getFilename(), file.getContentType(),
						file.get());
			}
			return new RecordedRequest.RecordedPart(data.getName(), null, null,
					data.getString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private Mono<Void> write(HttpServerResponse response, SimulatorResponse answer, @Nullable Answer meta) {
		response.header("x-request-id", "req_sim" + String.format("%029d", this.requestIds.incrementAndGet()));
		response.header("openai-processing-ms", "1");
		if (meta != null && meta.retryAfter() != null) {
			long millis = meta.retryAfter().toMillis();
			response.header("retry-after", Long.toString((millis + 999) / 1000));
			response.header("retry-after-ms", Long.toString(millis));
		}
		if (answer instanceof SimulatorResponse.Json json) {
			byte[] body = this.mapper.writeValueAsBytes(json.body());
			return response.status(json.status())
				.header("content-type", "application/json")
				.sendByteArray(Mono.just(body))
				.then();
		}
		if (answer instanceof SimulatorResponse.Bytes bytes) {
			return response.status(200)
				.header("content-type", bytes.contentType())
				.sendByteArray(Mono.just(bytes.content()))
				.then();
		}
		SimulatorResponse.Sse sse = (SimulatorResponse.Sse) answer;
		Flux<SimulatorResponse.Event> events = paced(sse.events());
		Integer cut = (meta != null) ? meta.cutAfter() : null;
		response.status(200)
			.header("content-type", "text/event-stream; charset=utf-8")
			.header("cache-control", "no-cache");
		if (cut == null) {
			return response.sendString(events.map(SimulatorResponse.Event::encode)).then();
		}
		// The network failing mid-answer: the events so far, then the connection closes
		// without the chunked body's end.
		return response.sendString(events.take(cut).map(SimulatorResponse.Event::encode))
			.then()
			.then(Mono.fromRunnable(() -> response.withConnection((connection) -> connection.channel().close())));
	}

	private Flux<SimulatorResponse.Event> paced(Flux<SimulatorResponse.Event> events) {
		int rate = this.tokensPerSecond;
		return (rate == 0) ? events : events.delayElements(Duration.ofNanos(1_000_000_000L / rate));
	}

	private SimulatorResponse failure(int status) {
		if (this.azure != null) {
			return (status == 429) ? AzureFront.error(status, "429",
					"Requests to the ChatCompletions_Create Operation have exceeded call rate limit (a fault scripted "
							+ "in the OpenAI simulator).",
					null)
					: AzureFront.error(status, Integer.toString(status),
							"The simulator was scripted to fail this call with status " + status + ".", null);
		}
		if (status == 429) {
			return SimulatorResponse.error(status, "requests",
					"Rate limit reached (a fault scripted in the OpenAI simulator).", null, "rate_limit_exceeded");
		}
		String type = (status >= 500) ? "server_error" : "invalid_request_error";
		return SimulatorResponse.error(status, type,
				"The simulator was scripted to fail this call with status " + status + ".", null, null);
	}

	private static SimulatorResponse invalidUrl(String method, String path) {
		return SimulatorResponse.error(404, "invalid_request_error", "Invalid URL (" + method + " " + path + ")", null,
				null);
	}

	/**
	 * Whether a path is open without a key: the generated images a DALL·E answer links
	 * to, which a browser loads as the API's own image URLs.
	 */
	private static boolean isPublic(String path) {
		return path.startsWith("/images/generated/");
	}

	private static boolean hasApiKey(HttpHeaders headers) {
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.startsWith("Bearer ") && !authorization.substring(7).isBlank();
	}

	static boolean isStreaming(RecordedRequest request) {
		if (request.content().length > 0) {
			return request.json().path("stream").asBoolean(false);
		}
		RecordedRequest.RecordedPart stream = request.part("stream");
		return stream != null && "true".equals(stream.text());
	}

	private record Answer(SimulatorResponse response, @Nullable Duration retryAfter, @Nullable Integer cutAfter) {

	}

	/**
	 * Settings of a simulator.
	 */
	public static final class Builder {

		private String host = "127.0.0.1";

		private int port;

		private int tokensPerSecond;

		private Duration latency = Duration.ZERO;

		private int requestCapacity = 10_000;

		private boolean requireApiKey = true;

		private SimulatorMode mode = SimulatorMode.OPENAI;

		private Set<String> azureDeployments = Set.of();

		private Set<String> acceptedCredentials = Set.of();

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * The port to listen on.
		 * @param port the port, {@code 0} (the default) for a free one
		 * @return this builder
		 */
		public Builder port(int port) {
			this.port = port;
			return this;
		}

		/**
		 * Paces every stream: one event per token, this many a second.
		 * @param tokensPerSecond the rate, {@code 0} (the default) for as fast as
		 * possible
		 * @return this builder
		 */
		public Builder tokensPerSecond(int tokensPerSecond) {
			if (tokensPerSecond < 0) {
				throw new IllegalArgumentException("tokensPerSecond must not be negative, was " + tokensPerSecond);
			}
			this.tokensPerSecond = tokensPerSecond;
			return this;
		}

		/**
		 * Delays every answer.
		 * @param latency the delay, {@link Duration#ZERO} (the default) for none
		 * @return this builder
		 */
		public Builder latency(Duration latency) {
			if (latency.isNegative()) {
				throw new IllegalArgumentException("latency must not be negative, was " + latency);
			}
			this.latency = latency;
			return this;
		}

		/**
		 * How many recent requests to keep for {@link OpenAiSimulator#requests()}.
		 * @param requestCapacity the count, 10,000 by default
		 * @return this builder
		 */
		public Builder requestCapacity(int requestCapacity) {
			if (requestCapacity < 1) {
				throw new IllegalArgumentException("requestCapacity must be at least 1, was " + requestCapacity);
			}
			this.requestCapacity = requestCapacity;
			return this;
		}

		/**
		 * Whether a request without a bearer token is refused with 401, as the API does.
		 * @param requireApiKey whether to refuse it; {@code true} by default
		 * @return this builder
		 */
		public Builder requireApiKey(boolean requireApiKey) {
			this.requireApiKey = requireApiKey;
			return this;
		}

		/**
		 * Which server to play: OpenAI's API (the default), an Azure OpenAI resource, or
		 * a server that needs no key.
		 * @param mode the mode
		 * @return this builder
		 */
		public Builder mode(SimulatorMode mode) {
			if (mode == null) {
				throw new IllegalArgumentException("mode must not be null");
			}
			this.mode = mode;
			return this;
		}

		/**
		 * The deployments of the simulated Azure resource: a model operation sent to
		 * another deployment is answered with 404 {@code DeploymentNotFound}.
		 * @param deployments the deployments' names; by default any name is accepted
		 * @return this builder
		 */
		public Builder azureDeployments(String... deployments) {
			this.azureDeployments = Set.of(deployments);
			return this;
		}

		/**
		 * Accept only these API keys and tokens, sent as {@code Authorization: Bearer} or
		 * as Azure's {@code api-key} header: any other is refused with 401, as a wrong
		 * key is. Has no effect in {@link SimulatorMode#KEYLESS}.
		 * @param credentials the keys and tokens; by default any is accepted
		 * @return this builder
		 */
		public Builder acceptedCredentials(String... credentials) {
			this.acceptedCredentials = Set.of(credentials);
			return this;
		}

		/**
		 * The clock of the {@code created} timestamps.
		 * @param clock the clock, the system's by default
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Starts the simulator.
		 * @return the running simulator
		 */
		public OpenAiSimulator start() {
			return new OpenAiSimulator(this);
		}

	}

}
