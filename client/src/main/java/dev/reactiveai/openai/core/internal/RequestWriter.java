package dev.reactiveai.openai.core.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.SettingNames;
import dev.reactiveai.openai.error.OpenAiMissingKeyException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns an {@link ApiRequest} into a request ready to send: the key it authenticates
 * with, the headers of the client, the operation and the call, the URI with its path and
 * query parameters, and the body.
 */
final class RequestWriter {

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
	}

	/**
	 * The request to send.
	 * @param request the call
	 * @param accept the media type to accept
	 * @return the request
	 * @throws OpenAiMissingKeyException if the key that the call needs is not set
	 */
	WebClient.RequestHeadersSpec<?> write(ApiRequest request, MediaType accept) {
		String apiKey = apiKey(request);
		WebClient.RequestBodySpec spec = this.webClient.method(request.method())
			.uri(uri(request))
			// The template below the base URL, as the API names the operation: the same
			// for every client and free of ids, so that it is a low-cardinality tag.
			.attribute(URI_TEMPLATE_ATTRIBUTE, request.pathTemplate())
			.headers((headers) -> {
				headers.setBearerAuth(apiKey);
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
		throw new OpenAiMissingKeyException(
				"No API key is configured for OpenAI client '" + client + "'. Set "
						+ this.settingNames.nameOf(ClientSetting.API_KEY) + " to your key",
				client, ClientSetting.API_KEY);
	}

	private WebClient.RequestHeadersSpec<?> body(WebClient.RequestBodySpec spec, ApiRequest request) {
		Object json = request.jsonBody();
		if (json != null) {
			return spec.contentType(MediaType.APPLICATION_JSON).bodyValue(this.mapper.writeValueAsBytes(json));
		}
		MultipartForm multipart = request.multipartBody();
		if (multipart != null) {
			return spec.body(BodyInserters.fromMultipartData(multipart.parts(this.mapper)));
		}
		return spec;
	}

	private URI uri(ApiRequest request) {
		if (request.pathVariables().isEmpty() && request.queryParams().isEmpty()
				&& this.overrides.queryParams().isEmpty()) {
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
		for (Map.Entry<String, String> param : this.overrides.queryParams().entrySet()) {
			builder.queryParam(param.getKey(), "{q" + variables.size() + "}");
			variables.add(param.getValue());
		}
		return builder.encode().buildAndExpand(variables.toArray()).toUri();
	}

}
