package dev.reactiveai.openai.core;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.reactiveai.openai.core.internal.Redactor;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * Settings of one OpenAI client: where it connects, how it authenticates, and how it
 * times out and retries. Immutable; create with {@link #builder()}, which checks each
 * value as it is set (the constructor checks them all again, for code that calls it).
 * <p>
 * {@link #toString()} never shows the API keys, nor the passwords of the base URL and
 * proxy.
 *
 * @param name the client's name, used in messages, metrics and the connection pool's
 * name; {@code default} unless named
 * @param baseUrl the base URL that operation paths are appended to
 * @param allowInsecureHttp whether a plain {@code http} base URL may point at a host
 * other than the loopback interface
 * @param apiKey the project API key, sent as a bearer token, or as the {@code api-key}
 * header to Azure OpenAI
 * @param adminApiKey the admin API key, sent instead of the project key on administration
 * paths
 * @param organization the {@code OpenAI-Organization} header value
 * @param project the {@code OpenAI-Project} header value
 * @param headers extra headers sent with every request
 * @param connectTimeout time allowed to open a connection
 * @param timeout time allowed for a non-streaming call, per attempt, from sending the
 * request to reading the whole body
 * @param readTimeout time a streaming call may wait for its first event, and between
 * events
 * @param downloadTimeout time allowed for a whole download (a service's
 * {@code content(..)}, speech), from sending the request to the last byte, retries
 * included. A total time rather than a minimum rate: the read timeout already ends a
 * download that stalls, but a server that trickles a byte now and then never stalls, and
 * one that sends steadily at any given rate can keep an endless body going at that rate.
 * Only a bound on the whole time ends every download; set it per call with
 * {@link RequestOptions} for a very large file on a slow link.
 * @param maxRetries retries after the first attempt
 * @param initialRetryDelay delay before the first retry, doubled for each further one
 * @param maxRetryDelay upper bound of the computed retry delay
 * @param maxRetryAfter longest {@code retry-after} delay that is honoured; a longer one
 * fails the call at once
 * @param maxInMemorySize largest response body or stream event held in memory
 * @param maxInMemoryTotal most bytes of answers and events that all calls of the client
 * hold in memory together; null for a quarter of the JVM's maximum heap
 * @param maxIdleTime how long a pooled connection may stay idle before it is closed
 * @param proxy the proxy to connect through ({@code http://host:port} or
 * {@code socks5://host:port}), if any
 * @param authentication how requests are authenticated: with the API key unless set
 * otherwise
 * @param azure the Azure OpenAI settings, when the base URL is an Azure OpenAI resource
 * endpoint
 */
public record OpenAiClientOptions(String name, URI baseUrl, boolean allowInsecureHttp, @Nullable String apiKey,
		@Nullable String adminApiKey, @Nullable String organization, @Nullable String project,
		Map<String, String> headers, Duration connectTimeout, Duration timeout, Duration readTimeout,
		Duration downloadTimeout, int maxRetries, Duration initialRetryDelay, Duration maxRetryDelay,
		Duration maxRetryAfter, DataSize maxInMemorySize, @Nullable DataSize maxInMemoryTotal, Duration maxIdleTime,
		@Nullable URI proxy, Authentication authentication, @Nullable AzureOptions azure) {

	/** The OpenAI API's base URL. */
	public static final URI DEFAULT_BASE_URL = URI.create("https://api.openai.com/v1");

	/** Retries after the first attempt. */
	public static final int DEFAULT_MAX_RETRIES = 2;

	/** Time allowed to open a connection. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/** Time allowed for a non-streaming call, per attempt. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

	/** Time a stream may stay silent before it fails. */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMinutes(2);

	/**
	 * Time allowed for a whole download, from the request to the last byte: enough for
	 * 512 MB, the largest file, at 300 KB/s.
	 */
	public static final Duration DEFAULT_DOWNLOAD_TIMEOUT = Duration.ofMinutes(30);

	/** Delay before the first retry, doubled for each further one. */
	public static final Duration DEFAULT_INITIAL_RETRY_DELAY = Duration.ofMillis(500);

	/** Upper bound of the computed retry delay. */
	public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(8);

	/** Longest server-requested retry delay that is honoured. */
	public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

	/** Largest response body or stream event held in memory. */
	public static final DataSize DEFAULT_MAX_IN_MEMORY_SIZE = DataSize.ofMegabytes(64);

	/**
	 * How long pooled connections may stay idle, below the idle timeouts of common load
	 * balancers.
	 */
	public static final Duration DEFAULT_MAX_IDLE_TIME = Duration.ofSeconds(30);

	/**
	 * Checks every value, as the builder does.
	 * @throws InvalidOptionException if a value is not usable
	 * @throws InvalidBaseUrlException if the base URL is not usable, or plain
	 * {@code http} to a remote host and that is not allowed
	 */
	public OpenAiClientOptions {
		name = OptionChecks.name(name);
		baseUrl = OptionChecks.baseUrl(baseUrl);
		if (authentication == null) {
			throw new InvalidOptionException(ClientSetting.AUTHENTICATION, null, "it must not be null");
		}
		// Without credentials there is no key to send in the clear.
		OptionChecks.transport(baseUrl, allowInsecureHttp || authentication.kind() == Authentication.Kind.NONE);
		apiKey = OptionChecks.credential(ClientSetting.API_KEY, apiKey);
		adminApiKey = OptionChecks.credential(ClientSetting.ADMIN_API_KEY, adminApiKey);
		organization = OptionChecks.header(ClientSetting.ORGANIZATION, "OpenAI-Organization", organization);
		project = OptionChecks.header(ClientSetting.PROJECT, "OpenAI-Project", project);
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(new Builder().headers(headers).headers));
		connectTimeout = OptionChecks.positive(ClientSetting.CONNECT_TIMEOUT, connectTimeout);
		timeout = OptionChecks.positive(ClientSetting.TIMEOUT, timeout);
		readTimeout = OptionChecks.positive(ClientSetting.READ_TIMEOUT, readTimeout);
		downloadTimeout = OptionChecks.positive(ClientSetting.DOWNLOAD_TIMEOUT, downloadTimeout);
		maxRetries = OptionChecks.notNegative(ClientSetting.MAX_RETRIES, maxRetries);
		initialRetryDelay = OptionChecks.positive(ClientSetting.INITIAL_RETRY_DELAY, initialRetryDelay);
		maxRetryDelay = OptionChecks.positive(ClientSetting.MAX_RETRY_DELAY, maxRetryDelay);
		maxRetryAfter = OptionChecks.notNegative(ClientSetting.MAX_RETRY_AFTER, maxRetryAfter);
		maxInMemorySize = OptionChecks.size(ClientSetting.MAX_IN_MEMORY_SIZE, maxInMemorySize, Integer.MAX_VALUE,
				"between 1 byte and 2 GB");
		if (maxInMemoryTotal != null) {
			maxInMemoryTotal = OptionChecks.size(ClientSetting.MAX_IN_MEMORY_TOTAL, maxInMemoryTotal, Long.MAX_VALUE,
					"positive");
		}
		maxIdleTime = OptionChecks.positive(ClientSetting.MAX_IDLE_TIME, maxIdleTime);
		proxy = OptionChecks.proxy(proxy);
	}

	/**
	 * A builder with every default set and no API key.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from these options.
	 * @return the builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Most bytes of answers and events that all calls of the client hold in memory
	 * together; by default a quarter of the JVM's maximum heap.
	 * @return the total
	 */
	@Override
	public DataSize maxInMemoryTotal() {
		return (this.maxInMemoryTotal != null) ? this.maxInMemoryTotal
				: DataSize.ofBytes(Runtime.getRuntime().maxMemory() / 4);
	}

	@Override
	public String toString() {
		return "OpenAiClientOptions[name=" + this.name + ", baseUrl=" + Redactor.maskUserInfo(this.baseUrl)
				+ ", apiKey=" + mask(this.apiKey) + ", adminApiKey=" + mask(this.adminApiKey) + ", organization="
				+ this.organization + ", project=" + this.project + ", headers=" + this.headers.keySet()
				+ ", connectTimeout=" + this.connectTimeout + ", timeout=" + this.timeout + ", readTimeout="
				+ this.readTimeout + ", downloadTimeout=" + this.downloadTimeout + ", maxRetries=" + this.maxRetries
				+ ", proxy=" + Redactor.maskUserInfo(this.proxy) + ", authentication=" + this.authentication
				+ ((this.azure != null) ? ", azure=" + this.azure : "") + "]";
	}

	private static String mask(@Nullable String secret) {
		return (secret != null) ? "******" : "none";
	}

	/**
	 * Builds {@link OpenAiClientOptions}, checking every value as it is set.
	 */
	public static final class Builder {

		private String name = "default";

		private URI baseUrl = DEFAULT_BASE_URL;

		private boolean allowInsecureHttp;

		private @Nullable String apiKey;

		private @Nullable String adminApiKey;

		private @Nullable String organization;

		private @Nullable String project;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

		private Duration timeout = DEFAULT_TIMEOUT;

		private Duration readTimeout = DEFAULT_READ_TIMEOUT;

		private Duration downloadTimeout = DEFAULT_DOWNLOAD_TIMEOUT;

		private int maxRetries = DEFAULT_MAX_RETRIES;

		private Duration initialRetryDelay = DEFAULT_INITIAL_RETRY_DELAY;

		private Duration maxRetryDelay = DEFAULT_MAX_RETRY_DELAY;

		private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;

		private DataSize maxInMemorySize = DEFAULT_MAX_IN_MEMORY_SIZE;

		private @Nullable DataSize maxInMemoryTotal;

		private Duration maxIdleTime = DEFAULT_MAX_IDLE_TIME;

		private @Nullable URI proxy;

		private Authentication authentication = Authentication.apiKey();

		private @Nullable AzureOptions azure;

		private Builder() {
		}

		private Builder(OpenAiClientOptions options) {
			this.name = options.name;
			this.baseUrl = options.baseUrl;
			this.allowInsecureHttp = options.allowInsecureHttp;
			this.apiKey = options.apiKey;
			this.adminApiKey = options.adminApiKey;
			this.organization = options.organization;
			this.project = options.project;
			this.headers.putAll(options.headers);
			this.connectTimeout = options.connectTimeout;
			this.timeout = options.timeout;
			this.readTimeout = options.readTimeout;
			this.downloadTimeout = options.downloadTimeout;
			this.maxRetries = options.maxRetries;
			this.initialRetryDelay = options.initialRetryDelay;
			this.maxRetryDelay = options.maxRetryDelay;
			this.maxRetryAfter = options.maxRetryAfter;
			this.maxInMemorySize = options.maxInMemorySize;
			this.maxInMemoryTotal = options.maxInMemoryTotal;
			this.maxIdleTime = options.maxIdleTime;
			this.proxy = options.proxy;
			this.authentication = options.authentication;
			this.azure = options.azure;
		}

		/**
		 * Set the client's name, used in messages, metrics and the connection pool's
		 * name.
		 * @param name the name, {@code default} unless set
		 * @return this builder
		 */
		public Builder name(String name) {
			this.name = OptionChecks.name(name);
			return this;
		}

		/**
		 * Set the base URL. It must be an absolute {@code https} URL, or {@code http} to
		 * a loopback address unless {@link #allowInsecureHttp(boolean)} is set.
		 * @param baseUrl the base URL, such as {@code https://api.openai.com/v1}
		 * @return this builder
		 * @throws InvalidBaseUrlException if the URL is not usable
		 */
		public Builder baseUrl(String baseUrl) {
			this.baseUrl = OptionChecks.baseUrl(baseUrl);
			return this;
		}

		/**
		 * Set the base URL.
		 * @param baseUrl the base URL
		 * @return this builder
		 * @throws InvalidBaseUrlException if the URL is not usable
		 * @see #baseUrl(String)
		 */
		public Builder baseUrl(URI baseUrl) {
			this.baseUrl = OptionChecks.baseUrl(baseUrl);
			return this;
		}

		/**
		 * Whether a plain {@code http} base URL may point at a host other than the
		 * loopback interface. Off by default, so that keys are not sent in the clear by
		 * mistake.
		 * @param allowInsecureHttp whether to allow it
		 * @return this builder
		 */
		public Builder allowInsecureHttp(boolean allowInsecureHttp) {
			this.allowInsecureHttp = allowInsecureHttp;
			return this;
		}

		/**
		 * Set the project API key; blank means none.
		 * @param apiKey the key, or null
		 * @return this builder
		 */
		public Builder apiKey(@Nullable String apiKey) {
			this.apiKey = OptionChecks.credential(ClientSetting.API_KEY, apiKey);
			return this;
		}

		/**
		 * Set the admin API key, for the administration calls; blank means none.
		 * @param adminApiKey the key, or null
		 * @return this builder
		 */
		public Builder adminApiKey(@Nullable String adminApiKey) {
			this.adminApiKey = OptionChecks.credential(ClientSetting.ADMIN_API_KEY, adminApiKey);
			return this;
		}

		/**
		 * Set the {@code OpenAI-Organization} header.
		 * @param organization the organization id, or null
		 * @return this builder
		 */
		public Builder organization(@Nullable String organization) {
			this.organization = OptionChecks.header(ClientSetting.ORGANIZATION, "OpenAI-Organization", organization);
			return this;
		}

		/**
		 * Set the {@code OpenAI-Project} header.
		 * @param project the project id, or null
		 * @return this builder
		 */
		public Builder project(@Nullable String project) {
			this.project = OptionChecks.header(ClientSetting.PROJECT, "OpenAI-Project", project);
			return this;
		}

		/**
		 * Add a header sent with every request.
		 * @param name the header name
		 * @param value the header value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			String checked = OptionChecks.header(ClientSetting.HEADERS, OptionChecks.headerName(name), value);
			if (checked == null) {
				throw new InvalidOptionException(ClientSetting.HEADERS, null,
						"the value of header '" + name + "' must not be null");
			}
			this.headers.put(name, checked);
			return this;
		}

		/**
		 * Add headers sent with every request.
		 * @param headers the headers by name
		 * @return this builder
		 */
		public Builder headers(Map<String, String> headers) {
			headers.forEach(this::header);
			return this;
		}

		/**
		 * Set the time allowed to open a connection.
		 * @param connectTimeout the time, positive
		 * @return this builder
		 */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = OptionChecks.positive(ClientSetting.CONNECT_TIMEOUT, connectTimeout);
			return this;
		}

		/**
		 * Set the time allowed for a call that is not streamed, per attempt.
		 * @param timeout the time, positive
		 * @return this builder
		 * @see OpenAiClientOptions#timeout()
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = OptionChecks.positive(ClientSetting.TIMEOUT, timeout);
			return this;
		}

		/**
		 * Set the time a stream may stay silent.
		 * @param readTimeout the time, positive
		 * @return this builder
		 * @see OpenAiClientOptions#readTimeout()
		 */
		public Builder readTimeout(Duration readTimeout) {
			this.readTimeout = OptionChecks.positive(ClientSetting.READ_TIMEOUT, readTimeout);
			return this;
		}

		/**
		 * Set the time allowed for a whole download.
		 * @param downloadTimeout the time, positive
		 * @return this builder
		 * @see OpenAiClientOptions#downloadTimeout()
		 */
		public Builder downloadTimeout(Duration downloadTimeout) {
			this.downloadTimeout = OptionChecks.positive(ClientSetting.DOWNLOAD_TIMEOUT, downloadTimeout);
			return this;
		}

		/**
		 * Set the retries after the first attempt.
		 * @param maxRetries the retries, 0 for none
		 * @return this builder
		 */
		public Builder maxRetries(int maxRetries) {
			this.maxRetries = OptionChecks.notNegative(ClientSetting.MAX_RETRIES, maxRetries);
			return this;
		}

		/**
		 * Set the delay before the first retry, doubled for each further one.
		 * @param initialRetryDelay the delay, positive
		 * @return this builder
		 */
		public Builder initialRetryDelay(Duration initialRetryDelay) {
			this.initialRetryDelay = OptionChecks.positive(ClientSetting.INITIAL_RETRY_DELAY, initialRetryDelay);
			return this;
		}

		/**
		 * Set the upper bound of the computed retry delay.
		 * @param maxRetryDelay the bound, positive
		 * @return this builder
		 */
		public Builder maxRetryDelay(Duration maxRetryDelay) {
			this.maxRetryDelay = OptionChecks.positive(ClientSetting.MAX_RETRY_DELAY, maxRetryDelay);
			return this;
		}

		/**
		 * Set the longest server-requested retry delay that is honoured.
		 * @param maxRetryAfter the delay, not negative
		 * @return this builder
		 * @see OpenAiClientOptions#maxRetryAfter()
		 */
		public Builder maxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = OptionChecks.notNegative(ClientSetting.MAX_RETRY_AFTER, maxRetryAfter);
			return this;
		}

		/**
		 * Set the largest response body or stream event held in memory.
		 * @param maxInMemorySize the size, between 1 byte and 2 GB
		 * @return this builder
		 */
		public Builder maxInMemorySize(DataSize maxInMemorySize) {
			this.maxInMemorySize = OptionChecks.size(ClientSetting.MAX_IN_MEMORY_SIZE, maxInMemorySize,
					Integer.MAX_VALUE, "between 1 byte and 2 GB");
			return this;
		}

		/**
		 * The most bytes of answers and events that all calls of the client hold in
		 * memory together; a call that would go beyond fails. By default a quarter of the
		 * JVM's maximum heap.
		 * @param maxInMemoryTotal the total
		 * @return this builder
		 */
		public Builder maxInMemoryTotal(DataSize maxInMemoryTotal) {
			this.maxInMemoryTotal = OptionChecks.size(ClientSetting.MAX_IN_MEMORY_TOTAL, maxInMemoryTotal,
					Long.MAX_VALUE, "positive");
			return this;
		}

		/**
		 * Set how long a pooled connection may stay idle before it is closed.
		 * @param maxIdleTime the time, positive
		 * @return this builder
		 */
		public Builder maxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = OptionChecks.positive(ClientSetting.MAX_IDLE_TIME, maxIdleTime);
			return this;
		}

		/**
		 * Set the proxy to connect through.
		 * @param proxy {@code http://host:port} or {@code socks5://host:port}, or null
		 * for none
		 * @return this builder
		 */
		public Builder proxy(@Nullable URI proxy) {
			this.proxy = OptionChecks.proxy(proxy);
			return this;
		}

		/**
		 * Set how requests are authenticated.
		 * @param authentication the authentication, {@link Authentication#apiKey()} by
		 * default
		 * @return this builder
		 */
		public Builder authentication(Authentication authentication) {
			if (authentication == null) {
				throw new InvalidOptionException(ClientSetting.AUTHENTICATION, null, "it must not be null");
			}
			this.authentication = authentication;
			return this;
		}

		/**
		 * Call Azure OpenAI: the base URL is then the resource endpoint, such as
		 * {@code https://my-resource.openai.azure.com}.
		 * @param azure the Azure settings, or {@code null} for OpenAI's own paths
		 * @return this builder
		 */
		public Builder azure(@Nullable AzureOptions azure) {
			this.azure = azure;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 * @throws InvalidBaseUrlException if the base URL is plain {@code http} to a
		 * remote host and that is not allowed
		 */
		public OpenAiClientOptions build() {
			return new OpenAiClientOptions(this.name, this.baseUrl, this.allowInsecureHttp, this.apiKey,
					this.adminApiKey, this.organization, this.project, this.headers, this.connectTimeout, this.timeout,
					this.readTimeout, this.downloadTimeout, this.maxRetries, this.initialRetryDelay, this.maxRetryDelay,
					this.maxRetryAfter, this.maxInMemorySize, this.maxInMemoryTotal, this.maxIdleTime, this.proxy,
					this.authentication, this.azure);
		}

	}

}
