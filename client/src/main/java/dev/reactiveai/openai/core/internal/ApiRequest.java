package dev.reactiveai.openai.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

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

	private ApiRequest(Builder builder) {
		this.method = builder.method;
		this.operationId = builder.operationId;
		this.pathTemplate = builder.pathTemplate;
		this.pathVariables = builder.pathVariables;
		this.queryParams = List.copyOf(builder.queryParams);
		this.jsonBody = builder.jsonBody;
		this.multipartBody = builder.multipartBody;
		this.headers = Map.copyOf(builder.headers);
		this.adminKey = builder.adminKey;
	}

	/**
	 * Start describing a call.
	 * @param method the HTTP method
	 * @param pathTemplate the path below the base URL, with {@code {name}} placeholders
	 * @param pathVariables the values of the placeholders, in order
	 * @return the builder
	 */
	public static Builder of(HttpMethod method, String pathTemplate, Object... pathVariables) {
		return new Builder(method, pathTemplate, pathVariables);
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

	/**
	 * Builds an {@link ApiRequest}.
	 */
	public static final class Builder {

		private final HttpMethod method;

		private final String pathTemplate;

		private final List<Object> pathVariables;

		private @Nullable String operationId;

		private final List<Map.Entry<String, String>> queryParams = new ArrayList<>();

		private @Nullable Object jsonBody;

		private @Nullable MultipartForm multipartBody;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private boolean adminKey;

		private Builder(HttpMethod method, String pathTemplate, Object[] pathVariables) {
			Assert.isTrue(pathTemplate.startsWith("/"), "'pathTemplate' must start with '/'");
			for (Object variable : pathVariables) {
				Assert.notNull(variable, () -> "Path parameters of " + pathTemplate + " must not be null");
				Assert.isTrue(!variable.toString().isEmpty(),
						() -> "Path parameters of " + pathTemplate + " must not be empty");
			}
			this.method = method;
			this.pathTemplate = pathTemplate;
			this.pathVariables = List.of(pathVariables);
		}

		/**
		 * Add a query parameter; a null value is left out and a collection is sent as
		 * repeated parameters.
		 * @param name the parameter name
		 * @param value the value
		 * @return this builder
		 */
		public Builder query(String name, @Nullable Object value) {
			if (value instanceof Collection<?> values) {
				values.forEach((element) -> query(name, element));
			}
			else if (value != null) {
				this.queryParams.add(Map.entry(name, value.toString()));
			}
			return this;
		}

		/**
		 * Add a header of the operation.
		 * @param name the header name
		 * @param value the value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		/**
		 * Name the operation, as the API description does.
		 * @param operationId the operation id, such as {@code createChatCompletion}
		 * @return this builder
		 */
		public Builder operation(String operationId) {
			this.operationId = operationId;
			return this;
		}

		/**
		 * Authenticate with the admin key rather than the project key.
		 * @return this builder
		 */
		public Builder adminKey() {
			this.adminKey = true;
			return this;
		}

		/**
		 * Send the object as JSON, serialized with the client's mapper.
		 * @param body the body
		 * @return this builder
		 */
		public Builder json(Object body) {
			this.jsonBody = body;
			return this;
		}

		/**
		 * Send a {@code multipart/form-data} body.
		 * @param form adds the parts to the form
		 * @return this builder
		 */
		public Builder multipart(Consumer<MultipartForm> form) {
			MultipartForm multipart = new MultipartForm();
			form.accept(multipart);
			this.multipartBody = multipart;
			return this;
		}

		/**
		 * Describe the call.
		 * @return the request
		 */
		public ApiRequest build() {
			return new ApiRequest(this);
		}

	}

}
