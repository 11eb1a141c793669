package dev.reactiveai.openai.core;

import java.util.Locale;

/**
 * A setting of {@link OpenAiClientOptions}, for exceptions to say which one a call ran
 * into or a value broke. Each is known by its {@linkplain #optionName() option name}, the
 * name of its builder method.
 */
public enum ClientSetting {

	/** {@link OpenAiClientOptionsBuilder#name(String)}. */
	NAME,

	/** {@link OpenAiClientOptionsBuilder#baseUrl(String)}. */
	BASE_URL,

	/** {@link ConnectionOptions#withAllowInsecureHttp(boolean)}. */
	ALLOW_INSECURE_HTTP,

	/** {@link OpenAiClientOptionsBuilder#apiKey(String)}. */
	API_KEY,

	/** {@link OpenAiClientOptionsBuilder#adminApiKey(String)}. */
	ADMIN_API_KEY,

	/** {@link OpenAiClientOptionsBuilder#organization(String)}. */
	ORGANIZATION,

	/** {@link OpenAiClientOptionsBuilder#project(String)}. */
	PROJECT,

	/** {@link OpenAiClientOptionsBuilder#headers(java.util.Map)}. */
	HEADERS,

	/** {@link TimeoutOptions#withConnectTimeout(java.time.Duration)}. */
	CONNECT_TIMEOUT,

	/** {@link TimeoutOptions#withTimeout(java.time.Duration)}. */
	TIMEOUT,

	/** {@link TimeoutOptions#withReadTimeout(java.time.Duration)}. */
	READ_TIMEOUT,

	/** {@link TimeoutOptions#withDownloadTimeout(java.time.Duration)}. */
	DOWNLOAD_TIMEOUT,

	/** {@link RetryOptions#withMaxRetries(int)}. */
	MAX_RETRIES,

	/** {@link RetryOptions#withInitialRetryDelay(java.time.Duration)}. */
	INITIAL_RETRY_DELAY,

	/** {@link RetryOptions#withMaxRetryDelay(java.time.Duration)}. */
	MAX_RETRY_DELAY,

	/** {@link RetryOptions#withMaxRetryAfter(java.time.Duration)}. */
	MAX_RETRY_AFTER,

	/**
	 * {@link MemoryOptions#withMaxInMemorySize(org.springframework.util.unit.DataSize)}.
	 */
	MAX_IN_MEMORY_SIZE,

	/**
	 * {@link MemoryOptions#withMaxInMemoryTotal(org.springframework.util.unit.DataSize)}.
	 */
	MAX_IN_MEMORY_TOTAL,

	/** {@link ConnectionOptions#withMaxIdleTime(java.time.Duration)}. */
	MAX_IDLE_TIME,

	/** {@link ConnectionOptions#withProxy(java.net.URI)}. */
	PROXY,

	/** {@link ConnectionOptions#withHttp2(boolean)}. */
	HTTP2,

	/** {@link ConnectionOptions#withKeepAlive(boolean)}. */
	KEEP_ALIVE,

	/** {@link OpenAiClientOptionsBuilder#authentication(Authentication)}. */
	AUTHENTICATION,

	/** {@link OpenAiClientOptionsBuilder#azure(AzureOptions)}. */
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
