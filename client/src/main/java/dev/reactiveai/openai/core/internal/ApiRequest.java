package dev.reactiveai.openai.core.internal;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * One operation call, described by what a generated service knows: method, path, query
 * parameters, body, and which key it authenticates with. {@link OpenAiTransport} does the
 * rest.
 */
public final class ApiRequest {

	private final HttpMethod method;

	private final @Nullable String operationId;

	private final String pathTemplate;

	private final List<Object> pathVariables;

	private final List<Map.Entry<String, String>> queryParams;

	private final @Nullable Object jsonBody;

	private final @Nullable MultipartForm multipartBody;

	private final Map<String, String> headers;

	private final boolean adminKey;

	ApiRequest(ApiRequestBuilder builder) {
		this.method = builder.method;
		this.operationId = builder.operationId;
		this.pathTemplate = builder.pathTemplate;
		this.pathVariables = builder.pathVariables;
		// Most calls have neither: no copies for them
		this.queryParams = (builder.queryParams != null) ? List.copyOf(builder.queryParams) : List.of();
		this.jsonBody = builder.jsonBody;
		this.multipartBody = builder.multipartBody;
		this.headers = (builder.headers != null) ? Map.copyOf(builder.headers) : Map.of();
		this.adminKey = builder.adminKey;
	}

	/**
	 * Start describing a call.
	 * @param method the HTTP method
	 * @param pathTemplate the path below the base URL, with {@code {name}} placeholders
	 * @param pathVariables the values of the placeholders, in order
	 * @return the builder
	 */
	public static ApiRequestBuilder of(HttpMethod method, String pathTemplate, Object... pathVariables) {
		return new ApiRequestBuilder(method, pathTemplate, pathVariables);
	}

	/**
	 * The HTTP method.
	 * @return the method
	 */
	public HttpMethod method() {
		return this.method;
	}

	/**
	 * The operation's id in the API description, such as {@code createChatCompletion};
	 * for a request built without one, its method and path template.
	 * @return the operation id
	 */
	public String operationId() {
		return (this.operationId != null) ? this.operationId : this.method.name() + " " + this.pathTemplate;
	}

	/**
	 * The path below the base URL, with {@code {name}} placeholders.
	 * @return the path template
	 */
	public String pathTemplate() {
		return this.pathTemplate;
	}

	/**
	 * The values of the path's placeholders, in order; each is encoded as one path
	 * segment.
	 * @return the values
	 */
	public List<Object> pathVariables() {
		return this.pathVariables;
	}

	/**
	 * The query parameters, in order; a name may repeat.
	 * @return the parameters
	 */
	public List<Map.Entry<String, String>> queryParams() {
		return this.queryParams;
	}

	/**
	 * The body to send as JSON, if any.
	 * @return the body, or null
	 */
	public @Nullable Object jsonBody() {
		return this.jsonBody;
	}

	/**
	 * The body to send as {@code multipart/form-data}, if any.
	 * @return the form, or null
	 */
	public @Nullable MultipartForm multipartBody() {
		return this.multipartBody;
	}

	/**
	 * Headers of this operation, such as {@code OpenAI-Beta}.
	 * @return the headers
	 */
	public Map<String, String> headers() {
		return this.headers;
	}

	/**
	 * Whether the call authenticates with the admin key rather than the project key: the
	 * calls of the organization administration API do.
	 * @return whether it uses the admin key
	 */
	public boolean usesAdminKey() {
		return this.adminKey;
	}

	/**
	 * Whether sending the request twice has the effect of sending it once (RFC 9110,
	 * 9.2.2), so that it may be retried after its answer began.
	 * @return whether the method is idempotent
	 */
	public boolean isIdempotent() {
		return this.method.equals(HttpMethod.GET) || this.method.equals(HttpMethod.DELETE)
				|| this.method.equals(HttpMethod.PUT) || this.method.equals(HttpMethod.HEAD);
	}

	/**
	 * Whether the body can be sent again, so that the call may be retried.
	 * @return whether it can
	 */
	public boolean isReplayable() {
		return this.multipartBody == null || this.multipartBody.isReplayable();
	}

	@Override
	public String toString() {
		return this.method + " " + this.pathTemplate;
	}

}
