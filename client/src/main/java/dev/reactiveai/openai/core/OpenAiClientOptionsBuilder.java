package dev.reactiveai.openai.core;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * Builds {@link OpenAiClientOptions}, checking every value as it is set; start one with
 * {@link OpenAiClientOptions#builder()}. The grouped settings are changed with a function
 * of their current values, for example
 * {@code timeouts((timeouts) -> timeouts.withReadTimeout(Duration.ofSeconds(30)))}.
 */
public final class OpenAiClientOptionsBuilder {

	private String name = "default";

	private URI baseUrl = OpenAiClientOptions.DEFAULT_BASE_URL;

	private @Nullable String apiKey;

	private @Nullable String adminApiKey;

	private @Nullable String organization;

	private @Nullable String project;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private Authentication authentication = Authentication.apiKey();

	private @Nullable AzureOptions azure;

	private TimeoutOptions timeouts = TimeoutOptions.defaults();

	private RetryOptions retries = RetryOptions.defaults();

	private MemoryOptions memory = MemoryOptions.defaults();

	private ConnectionOptions connection = ConnectionOptions.defaults();

	OpenAiClientOptionsBuilder() {
	}

	OpenAiClientOptionsBuilder(OpenAiClientOptions options) {
		this.name = options.name();
		this.baseUrl = options.baseUrl();
		this.apiKey = options.apiKey();
		this.adminApiKey = options.adminApiKey();
		this.organization = options.organization();
		this.project = options.project();
		this.headers.putAll(options.headers());
		this.authentication = options.authentication();
		this.azure = options.azure();
		this.timeouts = options.timeouts();
		this.retries = options.retries();
		this.memory = options.memory();
		this.connection = options.connection();
	}

	/**
	 * Set the client's name, used in messages, metrics and the connection pool's name.
	 * @param name the name, {@code default} unless set
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder name(String name) {
		this.name = OptionChecks.name(name);
		return this;
	}

	/**
	 * Set the base URL. It must be an absolute {@code https} URL, or {@code http} to a
	 * loopback address unless {@link ConnectionOptions#allowInsecureHttp()} is set.
	 * @param baseUrl the base URL, such as {@code https://api.openai.com/v1}
	 * @return this builder
	 * @throws InvalidBaseUrlException if the URL is not usable
	 */
	public OpenAiClientOptionsBuilder baseUrl(String baseUrl) {
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
	public OpenAiClientOptionsBuilder baseUrl(URI baseUrl) {
		this.baseUrl = OptionChecks.baseUrl(baseUrl);
		return this;
	}

	/**
	 * Set the project API key; blank means none.
	 * @param apiKey the key, or null
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder apiKey(@Nullable String apiKey) {
		this.apiKey = OptionChecks.credential(ClientSetting.API_KEY, apiKey);
		return this;
	}

	/**
	 * Set the admin API key, for the administration calls; blank means none.
	 * @param adminApiKey the key, or null
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder adminApiKey(@Nullable String adminApiKey) {
		this.adminApiKey = OptionChecks.credential(ClientSetting.ADMIN_API_KEY, adminApiKey);
		return this;
	}

	/**
	 * Set the {@code OpenAI-Organization} header.
	 * @param organization the organization id, or null
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder organization(@Nullable String organization) {
		this.organization = OptionChecks.header(ClientSetting.ORGANIZATION, "OpenAI-Organization", organization);
		return this;
	}

	/**
	 * Set the {@code OpenAI-Project} header.
	 * @param project the project id, or null
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder project(@Nullable String project) {
		this.project = OptionChecks.header(ClientSetting.PROJECT, "OpenAI-Project", project);
		return this;
	}

	/**
	 * Add a header sent with every request.
	 * @param name the header name
	 * @param value the header value
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder header(String name, String value) {
		this.headers.put(name, OptionChecks.headerValue(name, value));
		return this;
	}

	/**
	 * Add headers sent with every request.
	 * @param headers the headers by name
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder headers(Map<String, String> headers) {
		headers.forEach(this::header);
		return this;
	}

	/**
	 * Set how requests are authenticated.
	 * @param authentication the authentication, {@link Authentication#apiKey()} by
	 * default
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder authentication(Authentication authentication) {
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
	public OpenAiClientOptionsBuilder azure(@Nullable AzureOptions azure) {
		this.azure = azure;
		return this;
	}

	/**
	 * Change the timeouts, {@link TimeoutOptions#defaults()} unless changed.
	 * @param change returns the new timeouts from the current ones
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder timeouts(UnaryOperator<TimeoutOptions> change) {
		this.timeouts = changed(this.timeouts, change, "timeouts");
		return this;
	}

	/**
	 * Change the retries, {@link RetryOptions#defaults()} unless changed.
	 * @param change returns the new retries from the current ones
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder retries(UnaryOperator<RetryOptions> change) {
		this.retries = changed(this.retries, change, "retries");
		return this;
	}

	/**
	 * Change the memory limits, {@link MemoryOptions#defaults()} unless changed.
	 * @param change returns the new limits from the current ones
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder memory(UnaryOperator<MemoryOptions> change) {
		this.memory = changed(this.memory, change, "memory");
		return this;
	}

	/**
	 * Change the connection settings, {@link ConnectionOptions#defaults()} unless
	 * changed.
	 * @param change returns the new settings from the current ones
	 * @return this builder
	 */
	public OpenAiClientOptionsBuilder connection(UnaryOperator<ConnectionOptions> change) {
		this.connection = changed(this.connection, change, "connection");
		return this;
	}

	private static <T> T changed(T current, UnaryOperator<T> change, String group) {
		T result = change.apply(current);
		if (result == null) {
			throw new NullPointerException(
					"the change of " + group + " returned null; return the current " + group + " to keep them");
		}
		return result;
	}

	/**
	 * Build the options.
	 * @return the options
	 * @throws InvalidBaseUrlException if the base URL is plain {@code http} to a remote
	 * host and that is not allowed
	 */
	public OpenAiClientOptions build() {
		return new OpenAiClientOptions(this.name, this.baseUrl, this.apiKey, this.adminApiKey, this.organization,
				this.project, this.headers, this.authentication, this.azure, this.timeouts, this.retries, this.memory,
				this.connection);
	}

}
