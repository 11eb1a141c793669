package dev.reactiveai.openai;

import dev.reactiveai.openai.core.HttpLogLevel;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.SettingNames;
import dev.reactiveai.openai.core.internal.HttpLogger;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.core.internal.ReactorNettyConnectors;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.observation.OpenAiObservationConvention;
import dev.reactiveai.openai.observation.RealtimeResponseObservationConvention;
import dev.reactiveai.openai.observation.RealtimeSessionObservationConvention;
import dev.reactiveai.openai.observation.internal.CallObservation;
import dev.reactiveai.openai.observation.internal.RealtimeObservations;
import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The OpenAI API: one service per resource group (see {@link OpenAiServices}).
 * Thread-safe; create one per set of options and share it.
 * <p>
 * {@link #close()} ends the client: every later call, a retry or the next page of a
 * listing included, fails at once with
 * {@link dev.reactiveai.openai.error.OpenAiClientClosedException} without sending
 * anything, and the connection pool is released if the client created its own.
 */
public final class OpenAiClient extends OpenAiServices implements AutoCloseable {

	private final OpenAiTransport transport;

	private final @Nullable ConnectionProvider ownedConnectionProvider;

	private final RealtimeConnector realtimeConnector;

	private OpenAiClient(OpenAiTransport transport, @Nullable ConnectionProvider ownedConnectionProvider,
			RealtimeConnector realtimeConnector) {
		super(transport);
		this.transport = transport;
		this.ownedConnectionProvider = ownedConnectionProvider;
		this.realtimeConnector = realtimeConnector;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The client's settings. */
	public OpenAiClientOptions options() {
		return this.transport.options();
	}

	/**
	 * This client with the given per-call settings; it shares this client's connections,
	 * and is closed when this client is. Closing it closes only it.
	 * @param options the settings
	 * @return the client
	 */
	public OpenAiClient withOptions(RequestOptions options) {
		return new OpenAiClient(this.transport.withOptions(options), null, this.realtimeConnector);
	}

	/**
	 * Opens realtime sessions over WebSocket with this client's base URL, key, headers
	 * and proxy (the per-call settings of {@link #withOptions} do not apply to them).
	 * @return the connector
	 */
	public RealtimeConnector realtimeConnector() {
		return this.realtimeConnector;
	}

	/**
	 * The JSON mapper that this client reads and writes bodies with, for reading other
	 * JSON of the API the same way, such as webhook events.
	 * @return the mapper
	 */
	public JsonMapper jsonMapper() {
		return this.transport.jsonMapper();
	}

	/**
	 * The transport that every service of this client calls through. Its type is not API:
	 * it may change in any release.
	 * @return the transport
	 */
	public OpenAiTransport transport() {
		return this.transport;
	}

	@Override
	public void close() {
		this.transport.close();
		if (this.ownedConnectionProvider != null) {
			this.ownedConnectionProvider.dispose();
		}
	}

	/**
	 * How many bytes of each body, or of each event of a stream, are logged by default.
	 */
	public static final int DEFAULT_HTTP_LOG_MAX_BODY_SIZE = 4096;

	/**
	 * Builds an {@link OpenAiClient}.
	 */
	public static final class Builder {

		private OpenAiClientOptions options = OpenAiClientOptions.builder().build();

		private WebClient.@Nullable Builder webClientBuilder;

		private @Nullable ClientHttpConnector connector;

		private @Nullable JsonMapper jsonMapper;

		private SettingNames settingNames = SettingNames.OPTIONS;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable OpenAiObservationConvention observationConvention;

		private boolean recordContent;

		private @Nullable RealtimeSessionObservationConvention realtimeSessionConvention;

		private @Nullable RealtimeResponseObservationConvention realtimeResponseConvention;

		private HttpLogLevel httpLogLevel = HttpLogLevel.NONE;

		private int httpLogMaxBodySize = DEFAULT_HTTP_LOG_MAX_BODY_SIZE;

		private @Nullable HttpClient webSocketClient;

		private Builder() {
		}

		public Builder options(OpenAiClientOptions options) {
			Assert.notNull(options, "'options' must not be null");
			this.options = options;
			return this;
		}

		/**
		 * The web client builder to start from, such as Spring Boot's, so that its
		 * filters, observation and customizations apply. It is cloned, not changed.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * The connector to send requests with. Without one, the client creates a Reactor
		 * Netty connector with its own connection pool from the options.
		 * @param connector the connector
		 * @return this builder
		 */
		public Builder clientConnector(ClientHttpConnector connector) {
			this.connector = connector;
			return this;
		}

		/**
		 * The JSON mapper, when the default one of {@link OpenAiJson} needs additions.
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
			return this;
		}

		/**
		 * How the client's messages name its settings, when they were set through a
		 * configuration layer with names of its own; by default as the options of
		 * {@link OpenAiClientOptions}.
		 * @param settingNames the names
		 * @return this builder
		 */
		public Builder settingNames(SettingNames settingNames) {
			Assert.notNull(settingNames, "'settingNames' must not be null");
			this.settingNames = settingNames;
			return this;
		}

		/**
		 * Observe every call in the registry: one {@code gen_ai.client.operation}
		 * observation per call, tagged after the OpenTelemetry GenAI conventions (see
		 * {@link dev.reactiveai.openai.observation.OpenAiObservationDocumentation}), and
		 * every realtime session and its responses (see
		 * {@link dev.reactiveai.openai.observation.RealtimeObservationDocumentation}).
		 * Calls are not observed unless set.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Name and tag the observations of calls with a convention of your own.
		 * @param observationConvention the convention
		 * @return this builder
		 */
		public Builder observationConvention(OpenAiObservationConvention observationConvention) {
			this.observationConvention = observationConvention;
			return this;
		}

		/**
		 * Name and tag the observations of realtime sessions with a convention of your
		 * own.
		 * @param convention the convention
		 * @return this builder
		 */
		public Builder realtimeSessionObservationConvention(RealtimeSessionObservationConvention convention) {
			this.realtimeSessionConvention = convention;
			return this;
		}

		/**
		 * Name and tag the observations of the responses of realtime sessions with a
		 * convention of your own.
		 * @param convention the convention
		 * @return this builder
		 */
		public Builder realtimeResponseObservationConvention(RealtimeResponseObservationConvention convention) {
			this.realtimeResponseConvention = convention;
			return this;
		}

		/**
		 * Record what each generative call asks the model and the text it answers as the
		 * observation's events {@code gen_ai.content.prompt} and
		 * {@code gen_ai.content.completion}. Off by default: prompts and answers are user
		 * data, and every handler of the registry (a tracer's span events, for one) gets
		 * them.
		 * @param recordContent whether to record them
		 * @return this builder
		 */
		public Builder observationRecordsContent(boolean recordContent) {
			this.recordContent = recordContent;
			return this;
		}

		/**
		 * Log each HTTP exchange to the logger {@value HttpLogger#LOGGER_NAME} at
		 * {@code INFO}, for debugging: the headers, or the headers and bodies, always
		 * with the keys redacted. Off ({@link HttpLogLevel#NONE}) by default.
		 * @param level how much to log
		 * @return this builder
		 */
		public Builder httpLogging(HttpLogLevel level) {
			Assert.notNull(level, "'level' must not be null");
			this.httpLogLevel = level;
			return this;
		}

		/**
		 * How many bytes of each body, or of each event of a stream, are logged at
		 * {@link HttpLogLevel#BODY}; the rest is cut. By default
		 * {@value #DEFAULT_HTTP_LOG_MAX_BODY_SIZE}.
		 * @param bytes the size
		 * @return this builder
		 */
		public Builder httpLogMaxBodySize(int bytes) {
			Assert.isTrue(bytes >= 0, () -> "'bytes' must not be negative, but was " + bytes);
			this.httpLogMaxBodySize = bytes;
			return this;
		}

		/**
		 * The Reactor Netty client that realtime sessions open their WebSockets with,
		 * such as one with an SSL bundle applied; the options' connect timeout, proxy and
		 * no-redirect rule are applied to it. Give one without a pool
		 * ({@code HttpClient.newConnection()} and its settings): each session holds its
		 * connection for as long as it lives. Without one, an unpooled client is created
		 * from the options.
		 * @param webSocketClient the client
		 * @return this builder
		 */
		public Builder webSocketClient(HttpClient webSocketClient) {
			this.webSocketClient = webSocketClient;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client; close it to release its connections
		 */
		public OpenAiClient build() {
			ConnectionProvider ownedProvider = null;
			ClientHttpConnector clientConnector = this.connector;
			if (clientConnector == null) {
				ownedProvider = ReactorNettyConnectors.connectionProvider(this.options);
				clientConnector = ReactorNettyConnectors.connector(this.options, ownedProvider);
			}
			WebClient.Builder builder = (this.webClientBuilder != null) ? this.webClientBuilder.clone()
					: WebClient.builder();
			if (this.httpLogLevel != HttpLogLevel.NONE) {
				builder.filter(HttpLogger.of(this.options, this.httpLogLevel, this.httpLogMaxBodySize));
			}
			WebClient webClient = builder.clientConnector(clientConnector).build();
			JsonMapper mapper = (this.jsonMapper != null) ? this.jsonMapper : OpenAiJson.mapper();
			OpenAiTransport transport = new OpenAiTransport(webClient, this.options, mapper, this.settingNames,
					new CallObservation(this.observationRegistry, this.observationConvention, this.recordContent));
			HttpClient webSockets = ReactorNettyConnectors.configureWebSocket(
					(this.webSocketClient != null) ? this.webSocketClient : HttpClient.newConnection(), this.options);
			return new OpenAiClient(transport, ownedProvider,
					new RealtimeConnector(webSockets, this.options, mapper, this.settingNames, transport::isClosed,
							new RealtimeObservations(this.observationRegistry, this.realtimeSessionConvention,
									this.realtimeResponseConvention)));
		}

	}

}
