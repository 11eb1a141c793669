package dev.reactiveai.openai.core;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.reactiveai.openai.core.internal.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * Settings of one OpenAI client: where it connects and how it authenticates, with its
 * {@link TimeoutOptions timeouts}, {@link RetryOptions retries}, {@link MemoryOptions
 * memory limits} and {@link ConnectionOptions connection settings} in groups of their
 * own. Immutable; create with {@link #builder()}, which checks each value as it is set
 * (the constructors check them all again, for code that calls them).
 * <p>
 * {@link #toString()} never shows the API keys, nor the passwords of the base URL and
 * proxy.
 *
 * @param name the client's name, used in messages, metrics and the connection pool's
 * name; {@code default} unless named
 * @param baseUrl the base URL that operation paths are appended to
 * @param apiKey the project API key, sent as a bearer token, or as the {@code api-key}
 * header to Azure OpenAI
 * @param adminApiKey the admin API key, sent instead of the project key on administration
 * paths
 * @param organization the {@code OpenAI-Organization} header value
 * @param project the {@code OpenAI-Project} header value
 * @param headers extra headers sent with every request
 * @param authentication how requests are authenticated: with the API key unless set
 * otherwise
 * @param azure the Azure OpenAI settings, when the base URL is an Azure OpenAI resource
 * endpoint
 * @param timeouts how long the client waits to connect, for answers, stream events and
 * downloads
 * @param retries how often and after which delays failed calls are retried
 * @param memory how much of the answers the client holds in memory
 * @param connection the proxy, the pooled connections' idle time, and whether plain
 * {@code http} may reach a remote host
 */
public record OpenAiClientOptions(String name, URI baseUrl, @Nullable String apiKey, @Nullable String adminApiKey,
		@Nullable String organization, @Nullable String project, Map<String, String> headers,
		Authentication authentication, @Nullable AzureOptions azure, TimeoutOptions timeouts, RetryOptions retries,
		MemoryOptions memory, ConnectionOptions connection) {

	/** The OpenAI API's base URL. */
	public static final URI DEFAULT_BASE_URL = URI.create("https://api.openai.com/v1");

	/**
	 * Checks every value, as the builder does.
	 * @throws InvalidOptionException if a value is not usable
	 * @throws InvalidBaseUrlException if the base URL is not usable, or plain
	 * {@code http} to a remote host and that is not allowed
	 * @throws NullPointerException if a group of settings is null
	 */
	public OpenAiClientOptions {
		name = OptionChecks.name(name);
		baseUrl = OptionChecks.baseUrl(baseUrl);
		if (authentication == null) {
			throw new InvalidOptionException(ClientSetting.AUTHENTICATION, null, "it must not be null");
		}
		requireGroup(timeouts, "timeouts", "TimeoutOptions");
		requireGroup(retries, "retries", "RetryOptions");
		requireGroup(memory, "memory", "MemoryOptions");
		requireGroup(connection, "connection", "ConnectionOptions");
		// Without credentials there is no key to send in the clear.
		OptionChecks.transport(baseUrl,
				connection.allowInsecureHttp() || authentication.kind() == Authentication.Kind.NONE);
		apiKey = OptionChecks.credential(ClientSetting.API_KEY, apiKey);
		adminApiKey = OptionChecks.credential(ClientSetting.ADMIN_API_KEY, adminApiKey);
		organization = OptionChecks.header(ClientSetting.ORGANIZATION, "OpenAI-Organization", organization);
		project = OptionChecks.header(ClientSetting.PROJECT, "OpenAI-Project", project);
		Map<String, String> checked = new LinkedHashMap<>();
		headers.forEach((header, value) -> checked.put(header, OptionChecks.headerValue(header, value)));
		headers = Collections.unmodifiableMap(checked);
	}

	private static void requireGroup(@Nullable Object group, String component, String type) {
		if (group == null) {
			throw new NullPointerException(component + " must not be null; use " + type + ".defaults()");
		}
	}

	/**
	 * A builder with every default set and no API key.
	 * @return the builder
	 */
	public static OpenAiClientOptionsBuilder builder() {
		return new OpenAiClientOptionsBuilder();
	}

	/**
	 * A builder that starts from these options.
	 * @return the builder
	 */
	public OpenAiClientOptionsBuilder toBuilder() {
		return new OpenAiClientOptionsBuilder(this);
	}

	@Override
	public String toString() {
		return "OpenAiClientOptions[name=" + this.name + ", baseUrl=" + Redactor.maskUserInfo(this.baseUrl)
				+ ", apiKey=" + mask(this.apiKey) + ", adminApiKey=" + mask(this.adminApiKey) + ", organization="
				+ this.organization + ", project=" + this.project + ", headers=" + this.headers.keySet()
				+ ", authentication=" + this.authentication + ((this.azure != null) ? ", azure=" + this.azure : "")
				+ ", timeouts=" + this.timeouts + ", retries=" + this.retries + ", memory=" + this.memory
				+ ", connection=" + this.connection + "]";
	}

	private static String mask(@Nullable String secret) {
		return (secret != null) ? "******" : "none";
	}

}
