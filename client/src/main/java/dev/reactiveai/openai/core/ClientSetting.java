package dev.reactiveai.openai.core;

import java.util.Locale;

/**
 * A setting of {@link OpenAiClientOptions}, for exceptions to say which one a call ran
 * into or a value broke. Each is known by its {@linkplain #optionName() option name}, the
 * name of its builder method.
 */
public enum ClientSetting {

	/** {@link OpenAiClientOptions.Builder#name(String)}. */
	NAME,

	/** {@link OpenAiClientOptions.Builder#baseUrl(String)}. */
	BASE_URL,

	/** {@link OpenAiClientOptions.Builder#allowInsecureHttp(boolean)}. */
	ALLOW_INSECURE_HTTP,

	/** {@link OpenAiClientOptions.Builder#apiKey(String)}. */
	API_KEY,

	/** {@link OpenAiClientOptions.Builder#adminApiKey(String)}. */
	ADMIN_API_KEY,

	/** {@link OpenAiClientOptions.Builder#organization(String)}. */
	ORGANIZATION,

	/** {@link OpenAiClientOptions.Builder#project(String)}. */
	PROJECT,

	/** {@link OpenAiClientOptions.Builder#headers(java.util.Map)}. */
	HEADERS,

	/** {@link OpenAiClientOptions.Builder#connectTimeout(java.time.Duration)}. */
	CONNECT_TIMEOUT,

	/** {@link OpenAiClientOptions.Builder#timeout(java.time.Duration)}. */
	TIMEOUT,

	/** {@link OpenAiClientOptions.Builder#readTimeout(java.time.Duration)}. */
	READ_TIMEOUT,

	/** {@link OpenAiClientOptions.Builder#downloadTimeout(java.time.Duration)}. */
	DOWNLOAD_TIMEOUT,

	/** {@link OpenAiClientOptions.Builder#maxRetries(int)}. */
	MAX_RETRIES,

	/** {@link OpenAiClientOptions.Builder#initialRetryDelay(java.time.Duration)}. */
	INITIAL_RETRY_DELAY,

	/** {@link OpenAiClientOptions.Builder#maxRetryDelay(java.time.Duration)}. */
	MAX_RETRY_DELAY,

	/** {@link OpenAiClientOptions.Builder#maxRetryAfter(java.time.Duration)}. */
	MAX_RETRY_AFTER,

	/**
	 * {@link OpenAiClientOptions.Builder#maxInMemorySize(org.springframework.util.unit.DataSize)}.
	 */
	MAX_IN_MEMORY_SIZE,

	/**
	 * {@link OpenAiClientOptions.Builder#maxInMemoryTotal(org.springframework.util.unit.DataSize)}.
	 */
	MAX_IN_MEMORY_TOTAL,

	/** {@link OpenAiClientOptions.Builder#maxIdleTime(java.time.Duration)}. */
	MAX_IDLE_TIME,

	/** {@link OpenAiClientOptions.Builder#proxy(java.net.URI)}. */
	PROXY,

	/** {@link OpenAiClientOptions.Builder#authentication(Authentication)}. */
	AUTHENTICATION,

	/** {@link OpenAiClientOptions.Builder#azure(AzureOptions)}. */
	AZURE;

	private final String optionName;

	ClientSetting() {
		StringBuilder camel = new StringBuilder();
		for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
			camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
		}
		this.optionName = camel.toString();
	}

	/**
	 * The name of the setting's builder method, such as {@code readTimeout}.
	 * @return the option name
	 */
	public String optionName() {
		return this.optionName;
	}

}
