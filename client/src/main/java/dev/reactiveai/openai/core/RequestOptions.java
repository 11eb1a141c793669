package dev.reactiveai.openai.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Overrides of the client's settings for some calls, applied with a service's
 * {@code withOptions(..)}. A setting left unset keeps the client's value.
 */
public final class RequestOptions {

	/** Options that override nothing. */
	public static final RequestOptions NONE = builder().build();

	private final @Nullable Duration timeout;

	private final @Nullable Duration readTimeout;

	private final @Nullable Duration downloadTimeout;

	private final @Nullable Integer maxRetries;

	private final Map<String, String> headers;

	private final Map<String, String> queryParams;

	private RequestOptions(Builder builder) {
		this.timeout = builder.timeout;
		this.readTimeout = builder.readTimeout;
		this.downloadTimeout = builder.downloadTimeout;
		this.maxRetries = builder.maxRetries;
		this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
		this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(builder.queryParams));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Time allowed for a non-streaming call, per attempt. */
	public @Nullable Duration timeout() {
		return this.timeout;
	}

	/** Time a stream may wait for its first event, and between events. */
	public @Nullable Duration readTimeout() {
		return this.readTimeout;
	}

	/**
	 * Time allowed for a whole download, from the request to the last byte.
	 * @see TimeoutOptions#downloadTimeout()
	 */
	public @Nullable Duration downloadTimeout() {
		return this.downloadTimeout;
	}

	/** Retries after the first attempt. */
	public @Nullable Integer maxRetries() {
		return this.maxRetries;
	}

	/** Extra headers, added to (and replacing) the client's. */
	public Map<String, String> headers() {
		return this.headers;
	}

	/** Extra query parameters. */
	public Map<String, String> queryParams() {
		return this.queryParams;
	}

	/**
	 * Layer other options over these: what {@code other} sets wins.
	 * @param other the options to apply on top
	 * @return the merged options
	 */
	public RequestOptions merge(RequestOptions other) {
		Builder builder = new Builder();
		builder.timeout = (other.timeout != null) ? other.timeout : this.timeout;
		builder.readTimeout = (other.readTimeout != null) ? other.readTimeout : this.readTimeout;
		builder.downloadTimeout = (other.downloadTimeout != null) ? other.downloadTimeout : this.downloadTimeout;
		builder.maxRetries = (other.maxRetries != null) ? other.maxRetries : this.maxRetries;
		builder.headers.putAll(this.headers);
		builder.headers.putAll(other.headers);
		builder.queryParams.putAll(this.queryParams);
		builder.queryParams.putAll(other.queryParams);
		return builder.build();
	}

	/**
	 * Builds {@link RequestOptions}.
	 */
	public static final class Builder {

		private @Nullable Duration timeout;

		private @Nullable Duration readTimeout;

		private @Nullable Duration downloadTimeout;

		private @Nullable Integer maxRetries;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private final Map<String, String> queryParams = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder timeout(Duration timeout) {
			Assert.isTrue(timeout.toNanos() > 0, "'timeout' must be positive");
			this.timeout = timeout;
			return this;
		}

		public Builder readTimeout(Duration readTimeout) {
			Assert.isTrue(readTimeout.toNanos() > 0, "'readTimeout' must be positive");
			this.readTimeout = readTimeout;
			return this;
		}

		public Builder downloadTimeout(Duration downloadTimeout) {
			Assert.isTrue(downloadTimeout.toNanos() > 0, "'downloadTimeout' must be positive");
			this.downloadTimeout = downloadTimeout;
			return this;
		}

		public Builder maxRetries(int maxRetries) {
			Assert.isTrue(maxRetries >= 0, "'maxRetries' must not be negative");
			this.maxRetries = maxRetries;
			return this;
		}

		public Builder header(String name, String value) {
			HeaderValues.checkName(name);
			this.headers.put(name, Objects.requireNonNull(HeaderValues.checked(name, value)));
			return this;
		}

		public Builder queryParam(String name, String value) {
			Assert.hasText(name, "Query parameter names must not be empty");
			this.queryParams.put(name, value);
			return this;
		}

		public RequestOptions build() {
			return new RequestOptions(this);
		}

	}

}
