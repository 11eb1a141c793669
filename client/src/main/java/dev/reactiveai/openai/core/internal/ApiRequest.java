package dev.reactiveai.openai.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;

/**
 * One operation call, described by what a generated service knows: method, path, query
 * parameters and body. {@link OpenAiTransport} does the rest.
 */
public final class ApiRequest {

	private final HttpMethod method;

	private final String pathTemplate;

	private final List<Object> pathVariables;

	private final List<Map.Entry<String, String>> queryParams;

	private final @Nullable Object jsonBody;

	private final @Nullable MultipartForm multipartBody;

	private final @Nullable Object formBody;

	private final byte @Nullable [] rawBody;

	private final @Nullable MediaType rawContentType;

	private final Map<String, String> headers;

	private ApiRequest(Builder builder) {
		this.method = builder.method;
		this.pathTemplate = builder.pathTemplate;
		this.pathVariables = List.copyOf(builder.pathVariables);
		this.queryParams = Collections.unmodifiableList(new ArrayList<>(builder.queryParams));
		this.jsonBody = builder.jsonBody;
		this.multipartBody = builder.multipartBody;
		this.formBody = builder.formBody;
		this.rawBody = builder.rawBody;
		this.rawContentType = builder.rawContentType;
		this.headers = Map.copyOf(builder.headers);
	}

	public static Builder get(String pathTemplate, Object... pathVariables) {
		return new Builder(HttpMethod.GET, pathTemplate, pathVariables);
	}

	public static Builder post(String pathTemplate, Object... pathVariables) {
		return new Builder(HttpMethod.POST, pathTemplate, pathVariables);
	}

	public static Builder delete(String pathTemplate, Object... pathVariables) {
		return new Builder(HttpMethod.DELETE, pathTemplate, pathVariables);
	}

	public static Builder of(HttpMethod method, String pathTemplate, Object... pathVariables) {
		return new Builder(method, pathTemplate, pathVariables);
	}

	public HttpMethod method() {
		return this.method;
	}

	/** The path below the base URL, with {@code {name}} placeholders. */
	public String pathTemplate() {
		return this.pathTemplate;
	}

	/**
	 * The values of the path's placeholders, in order; each is encoded as one path
	 * segment.
	 */
	public List<Object> pathVariables() {
		return this.pathVariables;
	}

	public List<Map.Entry<String, String>> queryParams() {
		return this.queryParams;
	}

	public @Nullable Object jsonBody() {
		return this.jsonBody;
	}

	public @Nullable MultipartForm multipartBody() {
		return this.multipartBody;
	}

	/** The form fields: a map, or a request record whose properties are the fields. */
	public @Nullable Object formBody() {
		return this.formBody;
	}

	public byte @Nullable [] rawBody() {
		return this.rawBody;
	}

	public @Nullable MediaType rawContentType() {
		return this.rawContentType;
	}

	/** Headers of this operation, such as {@code OpenAI-Beta}. */
	public Map<String, String> headers() {
		return this.headers;
	}

	/**
	 * Whether the path belongs to the organization administration API, called with the
	 * admin key.
	 */
	public boolean isAdministration() {
		return this.pathTemplate.startsWith("/organization") || this.pathTemplate.startsWith("/projects");
	}

	/** Whether the body can be sent again, so that the call may be retried. */
	/**
	 * Whether sending the request twice has the effect of sending it once (RFC 9110,
	 * 9.2.2), so that it may be retried after its answer began.
	 * @return whether the method is idempotent
	 */
	public boolean isIdempotent() {
		return this.method.equals(HttpMethod.GET) || this.method.equals(HttpMethod.DELETE)
				|| this.method.equals(HttpMethod.PUT) || this.method.equals(HttpMethod.HEAD);
	}

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

		private final List<Map.Entry<String, String>> queryParams = new ArrayList<>();

		private @Nullable Object jsonBody;

		private @Nullable MultipartForm multipartBody;

		private @Nullable Object formBody;

		private byte @Nullable [] rawBody;

		private @Nullable MediaType rawContentType;

		private final Map<String, String> headers = new java.util.LinkedHashMap<>();

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

		public Builder header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		/** Send the object as JSON, serialized with the client's mapper. */
		public Builder json(Object body) {
			this.jsonBody = body;
			return this;
		}

		/** Send a {@code multipart/form-data} body. */
		public Builder multipart(Consumer<MultipartForm> form) {
			MultipartForm multipart = new MultipartForm();
			form.accept(multipart);
			this.multipartBody = multipart;
			return this;
		}

		/** Send an {@code application/x-www-form-urlencoded} body. */
		public Builder form(Map<String, String> fields) {
			this.formBody = Map.copyOf(fields);
			return this;
		}

		/**
		 * Send a request record's properties as an
		 * {@code application/x-www-form-urlencoded} body.
		 */
		public Builder form(Record fields) {
			this.formBody = fields;
			return this;
		}

		/** Send the bytes as they are, such as an SDP offer. */
		public Builder raw(byte[] body, MediaType contentType) {
			this.rawBody = body;
			this.rawContentType = contentType;
			return this;
		}

		public ApiRequest build() {
			return new ApiRequest(this);
		}

	}

}
