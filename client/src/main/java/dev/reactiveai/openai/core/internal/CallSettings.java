package dev.reactiveai.openai.core.internal;

import java.time.Duration;

import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.RequestOptions;

/**
 * What the calls of one transport may take: the client's settings with the per-call
 * overrides applied.
 *
 * @param timeout time allowed for a call that is not streamed, per attempt
 * @param readTimeout time a stream may stay silent
 * @param downloadTimeout time allowed for a whole download, retries included
 * @param maxRetries retries after the first attempt
 * @param maxInMemorySize the most bytes of one answer or event held in memory
 * @param overrides the per-call overrides, to tell which setting was overridden
 */
record CallSettings(Duration timeout, Duration readTimeout, Duration downloadTimeout, int maxRetries,
		int maxInMemorySize, RequestOptions overrides) {

	/**
	 * The settings of calls made with the given overrides.
	 * @param options the client's settings
	 * @param overrides the per-call overrides
	 * @return the settings
	 */
	static CallSettings of(OpenAiClientOptions options, RequestOptions overrides) {
		Duration timeout = overrides.timeout();
		Duration readTimeout = overrides.readTimeout();
		Duration downloadTimeout = overrides.downloadTimeout();
		Integer maxRetries = overrides.maxRetries();
		return new CallSettings((timeout != null) ? timeout : options.timeouts().timeout(),
				(readTimeout != null) ? readTimeout : options.timeouts().readTimeout(),
				(downloadTimeout != null) ? downloadTimeout : options.timeouts().downloadTimeout(),
				(maxRetries != null) ? maxRetries : options.retries().maxRetries(),
				(int) options.memory().maxInMemorySize().toBytes(), overrides);
	}

	/**
	 * Whether a timeout of these calls was set per call rather than by the client.
	 * @param setting {@link ClientSetting#TIMEOUT}, {@link ClientSetting#READ_TIMEOUT} or
	 * {@link ClientSetting#DOWNLOAD_TIMEOUT}
	 * @return whether the per-call options set it
	 */
	boolean setPerCall(ClientSetting setting) {
		return switch (setting) {
			case TIMEOUT -> this.overrides.timeout() != null;
			case READ_TIMEOUT -> this.overrides.readTimeout() != null;
			case DOWNLOAD_TIMEOUT -> this.overrides.downloadTimeout() != null;
			default -> false;
		};
	}

}
