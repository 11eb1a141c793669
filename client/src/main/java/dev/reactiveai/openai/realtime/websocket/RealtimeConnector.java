package dev.reactiveai.openai.realtime.websocket;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import dev.reactiveai.openai.core.Authentication;
import dev.reactiveai.openai.core.AzureOptions;
import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.SettingNames;
import dev.reactiveai.openai.core.TokenSource;
import dev.reactiveai.openai.core.internal.Redactor;
import dev.reactiveai.openai.core.internal.UserAgent;
import dev.reactiveai.openai.error.OpenAiClientClosedException;
import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiError;
import dev.reactiveai.openai.error.OpenAiMissingKeyException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.observation.internal.RealtimeObservations;
import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Opens realtime sessions over WebSocket for one client: with its base URL (scheme
 * {@code http} becomes {@code ws}, {@code https} {@code wss}), key, organization,
 * project, headers, proxy and, in Spring Boot, SSL bundle; a client of Azure OpenAI opens
 * them on its resource, with its {@code api-key} header or Entra ID token (see
 * {@link #uri}). Each session has its own connection, outside the client's pool. With the
 * client's observation registry, each session and each of its responses is an observation
 * (see {@link dev.reactiveai.openai.observation.RealtimeObservationDocumentation}).
 *
 * <pre class="code">
 * client.realtimeConnector()
 * 	.withSession(RealtimeSessionRequest.model("gpt-realtime"), (session) -&gt; session.replyDeltas("Hello!"))
 * 	.subscribe(System.out::print);
 * </pre>
 *
 * Opening fails with the client's exceptions: {@link OpenAiMissingKeyException} without a
 * key, an {@link OpenAiServiceException} for the status the server refused the handshake
 * with (such as {@link dev.reactiveai.openai.error.AuthenticationException}), and
 * {@link OpenAiConnectionException} when the server cannot be reached.
 */
public final class RealtimeConnector {

	private final HttpClient httpClient;

	private final OpenAiClientOptions options;

	private final JsonMapper mapper;

	private final SettingNames settingNames;

	private final BooleanSupplier clientClosed;

	private final RealtimeObservations observations;

	/**
	 * Create a connector; {@link dev.reactiveai.openai.OpenAiClient#realtimeConnector()}
	 * gives the one of a client.
	 * @param httpClient the client to open WebSockets with, from
	 * {@link dev.reactiveai.openai.core.internal.ReactorNettyConnectors#configureWebSocket}
	 * @param options the client's options
	 * @param mapper the JSON mapper
	 * @param settingNames how messages name the client's settings
	 * @param clientClosed whether the client is closed
	 */
	public RealtimeConnector(HttpClient httpClient, OpenAiClientOptions options, JsonMapper mapper,
			SettingNames settingNames, BooleanSupplier clientClosed) {
		this(httpClient, options, mapper, settingNames, clientClosed, RealtimeObservations.NOOP);
	}

	/**
	 * Create a connector whose sessions are observed.
	 * @param httpClient the client to open WebSockets with, from
	 * {@link dev.reactiveai.openai.core.internal.ReactorNettyConnectors#configureWebSocket}
	 * @param options the client's options
	 * @param mapper the JSON mapper
	 * @param settingNames how messages name the client's settings
	 * @param clientClosed whether the client is closed
	 * @param observations how sessions and their responses are observed
	 */
	public RealtimeConnector(HttpClient httpClient, OpenAiClientOptions options, JsonMapper mapper,
			SettingNames settingNames, BooleanSupplier clientClosed, RealtimeObservations observations) {
		this.httpClient = httpClient;
		this.options = options;
		this.mapper = mapper;
		this.settingNames = settingNames;
		this.clientClosed = clientClosed;
		this.observations = observations;
	}

	/**
	 * Open a session of a model with the client's API key.
	 * @param model the model, such as {@code gpt-realtime}
	 * @return the session, once the WebSocket is open
	 */
	public Mono<RealtimeSession> connect(String model) {
		return connect(RealtimeSessionRequest.model(model));
	}

	/**
	 * Open a session. The session stays open until it is closed
	 * ({@link RealtimeSession#close()}), or the server closes it: prefer
	 * {@link #withSession}, which closes it for you.
	 * @param request what session to open
	 * @return the session, once the WebSocket is open; cancelling before then abandons
	 * the handshake
	 */
	public Mono<RealtimeSession> connect(RealtimeSessionRequest request) {
		return Mono.deferContextual((view) -> {
			if (this.clientClosed.getAsBoolean()) {
				return Mono.error(new OpenAiClientClosedException("OpenAI client '" + this.options.name()
						+ "' is closed: it opens no realtime session. Use a client that is open"));
			}
			URI uri = uri(request);
			Redactor redactor = Redactor.of(this.options, request.clientSecret());
			if (this.observations.isNoop()) {
				return open(request, uri, redactor, null);
			}
			Observation parent = view.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
			RealtimeObservations.Session observation = this.observations.start(this.options.name(), uri,
					request.model(), parent);
			return open(request, uri, redactor, observation).doOnError(observation::failed)
				.doOnCancel(observation::cancelledBeforeOpen);
		});
	}

	private Mono<RealtimeSession> open(RealtimeSessionRequest request, URI uri, Redactor redactor,
			RealtimeObservations.@Nullable Session observation) {
		return credential(request).map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((credential) -> Mono.<RealtimeSession>create((sink) -> {
				AtomicReference<@Nullable RealtimeSession> opened = new AtomicReference<>();
				Disposable socket = this.httpClient.headers((headers) -> {
					credential.ifPresent((value) -> headers.set(value.header(), value.value()));
					headers.set(HttpHeaders.USER_AGENT, UserAgent.VALUE);
					if (this.options.organization() != null) {
						headers.set("OpenAI-Organization", this.options.organization());
					}
					if (this.options.project() != null) {
						headers.set("OpenAI-Project", this.options.project());
					}
					this.options.headers().forEach(headers::set);
				})
					.websocket(WebsocketClientSpec.builder()
						.maxFramePayloadLength((int) request.maxMessageSize().toBytes())
						.handlePing(false)
						.compress(false)
						.build())
					.uri(uri)
					.handle((inbound, outbound) -> {
						RealtimeSession session = new RealtimeSession(inbound, outbound, this.mapper, redactor, request,
								observation);
						opened.set(session);
						sink.success(session);
						return session.run();
					})
					.subscribe(null, (ex) -> {
						if (opened.get() == null) {
							sink.error(handshakeFailure(ex, uri, redactor));
						}
					});
				sink.onCancel(socket);
			}));
	}

	/**
	 * Open a session, use it, and close it when the use ends, fails or is cancelled.
	 * @param <T> the type of what the use gives
	 * @param request what session to open
	 * @param use what to do with the session
	 * @return what the use gives
	 */
	public <T> Flux<T> withSession(RealtimeSessionRequest request,
			Function<RealtimeSession, ? extends Publisher<T>> use) {
		return Flux.usingWhen(connect(request), use, RealtimeSession::close, (session, ex) -> session.close(),
				RealtimeSession::cancel);
	}

	/**
	 * The address a session is opened at, such as
	 * {@code wss://api.openai.com/v1/realtime?model=gpt-realtime}. A client of Azure
	 * OpenAI opens it on the resource: on the dated API at
	 * {@code /openai/realtime?api-version=...&deployment=...}, on the v1 API at
	 * {@code /openai/v1/realtime?model=...}; the request's model names the deployment, or
	 * else the client's deployment does.
	 * @param request the session
	 * @return the address
	 * @throws OpenAiConfigurationException if the client is one of Azure OpenAI and
	 * neither the request nor the client names a deployment
	 */
	public URI uri(RealtimeSessionRequest request) {
		URI base = this.options.baseUrl();
		String scheme = "https".equals(base.getScheme().toLowerCase(Locale.ROOT)) ? "wss" : "ws";
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(base).scheme(scheme);
		AzureOptions azure = this.options.azure();
		if (azure != null) {
			return azureUri(builder, azure, request);
		}
		builder.path("/realtime");
		String model = request.model();
		if (model == null) {
			return builder.build().toUri();
		}
		return builder.queryParam("model", "{model}").encode().buildAndExpand(model).toUri();
	}

	private URI azureUri(UriComponentsBuilder builder, AzureOptions azure, RealtimeSessionRequest request) {
		String deployment = (request.model() != null) ? request.model() : azure.deployment();
		if (deployment == null) {
			throw new OpenAiConfigurationException("Azure OpenAI client '" + this.options.name()
					+ "' has no deployment to open a realtime session with. Name the deployment as the model of "
					+ "the RealtimeSessionRequest, or set the deployment of "
					+ this.settingNames.nameOf(ClientSetting.AZURE));
		}
		if (azure.paths() == AzureOptions.Paths.V1) {
			builder.path("/openai/v1/realtime").queryParam("model", "{deployment}");
			if (azure.apiVersion() != null) {
				builder.queryParam("api-version", "{apiVersion}");
				return builder.encode().buildAndExpand(deployment, azure.apiVersion()).toUri();
			}
			return builder.encode().buildAndExpand(deployment).toUri();
		}
		return builder.path("/openai/realtime")
			.queryParam("api-version", "{apiVersion}")
			.queryParam("deployment", "{deployment}")
			.encode()
			.buildAndExpand(azure.apiVersion(), deployment)
			.toUri();
	}

	@Override
	public String toString() {
		return "RealtimeConnector[client=" + this.options.name() + "]";
	}

	/**
	 * The credential of the session, as the client authenticates its calls: the client
	 * secret of the request as a bearer token, else a token from the client's token
	 * source, else the API key (as a bearer token, or as Azure's {@code api-key} header),
	 * or none for a server that needs no key.
	 */
	private Mono<Credential> credential(RealtimeSessionRequest request) {
		String secret = request.clientSecret();
		if (secret != null) {
			return Mono.just(Credential.bearer(secret));
		}
		Authentication authentication = this.options.authentication();
		if (authentication.kind() == Authentication.Kind.NONE) {
			return Mono.empty();
		}
		TokenSource tokens = authentication.tokenSource();
		if (tokens != null) {
			return tokens.token().map((token) -> Credential.bearer(token.value()));
		}
		String apiKey = this.options.apiKey();
		if (apiKey == null) {
			String client = this.options.name();
			return Mono.error(new OpenAiMissingKeyException("No API key is configured for OpenAI client '" + client
					+ "' to open a realtime session with. Set " + this.settingNames.nameOf(ClientSetting.API_KEY)
					+ " to your key, or open the session with a client secret", client, ClientSetting.API_KEY));
		}
		return Mono
			.just((this.options.azure() != null) ? new Credential("api-key", apiKey) : Credential.bearer(apiKey));
	}

	/** A header that authenticates the handshake. */
	private record Credential(String header, String value) {

		static Credential bearer(String token) {
			return new Credential(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}

	}

	private static Throwable handshakeFailure(Throwable failure, URI uri, Redactor redactor) {
		if (failure instanceof WebSocketClientHandshakeException handshake && handshake.response() != null) {
			HttpResponse response = handshake.response();
			int status = response.status().code();
			HttpHeaders headers = new HttpHeaders();
			response.headers().forEach((header) -> headers.add(header.getKey(), header.getValue()));
			String message = "HTTP " + status + " when opening a realtime session at " + uri + " instead of a WebSocket"
					+ hint(status);
			String requestId = headers.getFirst("x-request-id");
			if (requestId != null) {
				message += " [request id " + redactor.redact(requestId) + "]";
			}
			return OpenAiServiceException.create(status, OpenAiError.NONE, headers, message);
		}
		return new OpenAiConnectionException(
				"Could not open a realtime session at " + uri + ": " + redactor.redact(String.valueOf(failure)),
				failure);
	}

	private static String hint(int status) {
		return switch (status) {
			case 401 -> ": the key or client secret was refused";
			case 403 -> ": the key may not use realtime";
			case 404 -> ": no realtime endpoint here, or no such model (on Azure OpenAI: no such deployment, or an "
					+ "api-version that does not serve realtime)";
			default -> "";
		};
	}

}
