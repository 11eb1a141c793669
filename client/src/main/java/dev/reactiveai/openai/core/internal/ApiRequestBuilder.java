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
 * Builds an {@link ApiRequest}: {@link ApiRequest#of} starts one.
 */
public final class ApiRequestBuilder {

	final HttpMethod method;

	final String pathTemplate;

	final List<Object> pathVariables;

	@Nullable String operationId;

	@Nullable List<Map.Entry<String, String>> queryParams;

	@Nullable Object jsonBody;

	@Nullable MultipartForm multipartBody;

	@Nullable Map<String, String> headers;

	boolean adminKey;

	ApiRequestBuilder(HttpMethod method, String pathTemplate, Object[] pathVariables) {
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
	public ApiRequestBuilder query(String name, @Nullable Object value) {
		if (value instanceof Collection<?> values) {
			values.forEach((element) -> query(name, element));
		}
		else if (value != null) {
			if (this.queryParams == null) {
				this.queryParams = new ArrayList<>();
			}
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
	public ApiRequestBuilder header(String name, String value) {
		if (this.headers == null) {
			this.headers = new LinkedHashMap<>();
		}
		this.headers.put(name, value);
		return this;
	}

	/**
	 * Name the operation, as the API description does.
	 * @param operationId the operation id, such as {@code createChatCompletion}
	 * @return this builder
	 */
	public ApiRequestBuilder operation(String operationId) {
		this.operationId = operationId;
		return this;
	}

	/**
	 * Authenticate with the admin key rather than the project key.
	 * @return this builder
	 */
	public ApiRequestBuilder adminKey() {
		this.adminKey = true;
		return this;
	}

	/**
	 * Send the object as JSON, serialized with the client's mapper.
	 * @param body the body
	 * @return this builder
	 */
	public ApiRequestBuilder json(Object body) {
		this.jsonBody = body;
		return this;
	}

	/**
	 * Send a {@code multipart/form-data} body.
	 * @param form adds the parts to the form
	 * @return this builder
	 */
	public ApiRequestBuilder multipart(Consumer<MultipartForm> form) {
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
