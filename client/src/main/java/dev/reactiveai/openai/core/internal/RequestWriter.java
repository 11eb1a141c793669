package dev.reactiveai.openai.core.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.core.Authentication;
import dev.reactiveai.openai.core.AzureOptions;
import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.SettingNames;
import dev.reactiveai.openai.core.TokenSource;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.OpenAiMissingKeyException;
import dev.reactiveai.openai.error.OpenAiTokenException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns an {@link ApiRequest} into a request ready to send: the credentials it
 * authenticates with (the API key as a bearer token or, to Azure OpenAI, as the
 * {@code api-key} header; a token from the client's {@link TokenSource}; or none), the
 * headers of the client, the operation and the call, the URI with its path (mapped to
 * Azure's by {@link AzureRoutes}) and query parameters, and the body.
 */
final class RequestWriter {

	private static final String API_VERSION = "api-version";

	private final WebClient webClient;

	private final OpenAiClientOptions options;

	private final RequestOptions overrides;

	private final JsonMapper mapper;

	/**
	 * The URIs of operations that have neither path variables nor query parameters, by
	 * path template: building a URI costs a twentieth of a small call in profiles, and
	 * for these it is always the same one. Shared by the writers of a client's
	 * transports, which have the same base URL.
	 */
	private final Map<String, URI> fixedUris;

	private final SettingNames settingNames;

	/** Where Azure OpenAI serves each operation, for a client of Azure. */
	private final @Nullable AzureRoutes azure;

	/**
	 * The request attribute that Spring's {@code WebClient} keeps the URI template in, as
	 * its {@code uri(String, Object...)} sets it: the HTTP client's observation
	 * ({@code http.client.requests}) tags requests with it instead of {@code none}.
	 */
	static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	RequestWriter(WebClient webClient, OpenAiClientOptions options, RequestOptions overrides, JsonMapper mapper,
			Map<String, URI> fixedUris, SettingNames settingNames) {
		this.webClient = webClient;
		this.options = options;
		this.overrides = overrides;
		this.mapper = mapper;
		this.fixedUris = fixedUris;
		this.settingNames = settingNames;
		AzureOptions azureOptions = options.azure();
		this.azure = (azureOptions != null) ? new AzureRoutes(azureOptions, options.name(), settingNames) : null;
	}

	/**
	 * The request to send, once its credentials are at hand: a bearer token may have to
	 * be fetched first.
	 * @param request the call
	 * @param accept the media type to accept
	 * @return the request; fails with {@link OpenAiMissingKeyException} if the key that
	 * the call needs is not set, with {@link OpenAiTokenException} if no token could be
	 * had, and with
	 * {@link dev.reactiveai.openai.error.OpenAiUnsupportedOperationException} if the
	 * server does not serve the operation
	 */
	Mono<WebClient.RequestHeadersSpec<?>> write(ApiRequest request, MediaType accept) {
		TokenSource tokens = this.options.authentication().tokenSource();
		if (tokens == null || request.usesAdminKey()) {
			return Mono.fromCallable(() -> write(request, accept, null));
		}
		return Mono.defer(() -> withToken(request, accept, tokens, uri(request)));
	}

	/**
	 * The request to send, written at once when no token has to be fetched for it, so
	 * that a call with a key costs no reactive step to write; otherwise null, and
	 * {@link #write(ApiRequest, MediaType)} writes it.
	 * @param request the call
	 * @param accept the media type to accept
	 * @return the request, or null
	 * @throws OpenAiException as {@link #write(ApiRequest, MediaType)} fails
	 */
	WebClient.@Nullable RequestHeadersSpec<?> writeNow(ApiRequest request, MediaType accept) {
		boolean needsToken = this.options.authentication().tokenSource() != null && !request.usesAdminKey();
		return needsToken ? null : write(request, accept, null);
	}

	private Mono<WebClient.RequestHeadersSpec<?>> withToken(ApiRequest request, MediaType accept, TokenSource tokens,
			URI uri) {
		return tokens.token()
			.onErrorMap((ex) -> !(ex instanceof OpenAiException),
					(ex) -> new OpenAiTokenException("OpenAI client '" + this.options.name()
							+ "' could not get an access token from its token source, so " + request + " was not sent: "
							+ ex, ex))
			.switchIfEmpty(Mono.error(() -> new OpenAiTokenException("The token source of OpenAI client '"
					+ this.options.name() + "' gave no token, so " + request + " was not sent", null)))
			.map((token) -> write(request, accept, uri, "Bearer " + token.value(), HttpHeaders.AUTHORIZATION));
	}

	private WebClient.RequestHeadersSpec<?> write(ApiRequest request, MediaType accept, @Nullable URI knownUri) {
		URI uri = (knownUri != null) ? knownUri : uri(request);
		if (this.options.authentication().kind() == Authentication.Kind.NONE && !request.usesAdminKey()) {
			return write(request, accept, uri, null, null);
		}
		String apiKey = apiKey(request);
		if (this.azure != null && !request.usesAdminKey()) {
			return write(request, accept, uri, apiKey, "api-key");
		}
		return write(request, accept, uri, "Bearer " + apiKey, HttpHeaders.AUTHORIZATION);
	}

	private WebClient.RequestHeadersSpec<?> write(ApiRequest request, MediaType accept, URI uri,
			@Nullable String credential, @Nullable String credentialHeader) {
		WebClient.RequestBodySpec spec = this.webClient.method(request.method())
			.uri(uri)
			// The template below the base URL, as the API names the operation: the same
			// for every client and free of ids, so that it is a low-cardinality tag.
			.attribute(URI_TEMPLATE_ATTRIBUTE, request.pathTemplate())
			.headers((headers) -> {
				if (credential != null && credentialHeader != null) {
					headers.set(credentialHeader, credential);
				}
				headers.set(HttpHeaders.USER_AGENT, UserAgent.VALUE);
				headers.setAccept(List.of(accept));
				if (this.options.organization() != null) {
					headers.set("OpenAI-Organization", this.options.organization());
				}
				if (this.options.project() != null) {
					headers.set("OpenAI-Project", this.options.project());
				}
				this.options.headers().forEach(headers::set);
				request.headers().forEach(headers::set);
				this.overrides.headers().forEach(headers::set);
			});
		return body(spec, request);
	}

	private String apiKey(ApiRequest request) {
		String apiKey = request.usesAdminKey() ? this.options.adminApiKey() : this.options.apiKey();
		if (apiKey != null) {
			return apiKey;
		}
		String client = this.options.name();
		if (request.usesAdminKey()) {
			throw new OpenAiMissingKeyException("No admin API key is configured for OpenAI client '" + client
					+ "', and " + request + " is an administration call. Set "
					+ this.settingNames.nameOf(ClientSetting.ADMIN_API_KEY) + " to an admin key", client,
					ClientSetting.ADMIN_API_KEY);
		}
		throw new OpenAiMissingKeyException("No API key is configured for OpenAI client '" + client + "'. Set "
				+ this.settingNames.nameOf(ClientSetting.API_KEY) + " to your key, or, for a server that needs none, "
				+ "set " + this.settingNames.nameOf(ClientSetting.AUTHENTICATION) + " to none", client,
				ClientSetting.API_KEY);
	}

	private WebClient.RequestHeadersSpec<?> body(WebClient.RequestBodySpec spec, ApiRequest request) {
		Object json = request.jsonBody();
		if (json != null) {
			// Written as it is, without the search of the web client's codecs for a
			// writer of byte[] that bodyValue makes on every call
			byte[] bytes = this.mapper.writeValueAsBytes(json);
			return spec.contentType(MediaType.APPLICATION_JSON)
				.contentLength(bytes.length)
				.body((message, context) -> message.writeWith(Mono.just(message.bufferFactory().wrap(bytes))));
		}
		MultipartForm multipart = request.multipartBody();
		if (multipart != null) {
			return spec.body(BodyInserters.fromMultipartData(multipart.parts(this.mapper)));
		}
		return spec;
	}

	private URI uri(ApiRequest request) {
		String template = (this.azure != null) ? this.azure.pathTemplate(request) : request.pathTemplate();
		if (request.pathVariables().isEmpty() && request.queryParams().isEmpty()
				&& this.overrides.queryParams().isEmpty()) {
			// Azure's path depends on the method too: POST /chat/completions goes to a
			// deployment, GET /chat/completions does not.
			String key = (this.azure != null) ? request.method() + " " + template : template;
			return this.fixedUris.computeIfAbsent(key, (unused) -> buildUri(template, request));
		}
		return buildUri(template, request);
	}

	private URI buildUri(String template, ApiRequest request) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(this.options.baseUrl()).path(template);
		List<Object> variables = new ArrayList<>(request.pathVariables());
		for (Map.Entry<String, String> param : request.queryParams()) {
			builder.queryParam(param.getKey(), "{q" + variables.size() + "}");
			variables.add(param.getValue());
		}
		for (Map.Entry<String, String> param : this.overrides.queryParams().entrySet()) {
			builder.queryParam(param.getKey(), "{q" + variables.size() + "}");
			variables.add(param.getValue());
		}
		AzureOptions azureOptions = this.options.azure();
		if (azureOptions != null && azureOptions.apiVersion() != null
				&& !this.overrides.queryParams().containsKey(API_VERSION)) {
			builder.queryParam(API_VERSION, "{q" + variables.size() + "}");
			variables.add(azureOptions.apiVersion());
		}
		return builder.encode().buildAndExpand(variables.toArray()).toUri();
	}

}
