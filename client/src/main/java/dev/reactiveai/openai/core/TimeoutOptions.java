package dev.reactiveai.openai.core;

import java.time.Duration;

/**
 * How long a client waits: to connect, for an answer, for stream events and for a
 * download. Immutable; start from {@link #defaults()} and change values with the
 * {@code with..} methods, each of which checks its value.
 *
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
 * @see OpenAiClientOptionsBuilder#timeouts(java.util.function.UnaryOperator)
 */
public record TimeoutOptions(Duration connectTimeout, Duration timeout, Duration readTimeout,
		Duration downloadTimeout) {

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

	private static final TimeoutOptions DEFAULTS = new TimeoutOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
			DEFAULT_READ_TIMEOUT, DEFAULT_DOWNLOAD_TIMEOUT);

	/**
	 * Checks every value.
	 * @throws InvalidOptionException if a time is missing or not positive
	 */
	public TimeoutOptions {
		connectTimeout = OptionChecks.positive(ClientSetting.CONNECT_TIMEOUT, connectTimeout);
		timeout = OptionChecks.positive(ClientSetting.TIMEOUT, timeout);
		readTimeout = OptionChecks.positive(ClientSetting.READ_TIMEOUT, readTimeout);
		downloadTimeout = OptionChecks.positive(ClientSetting.DOWNLOAD_TIMEOUT, downloadTimeout);
	}

	/**
	 * The default timeouts.
	 * @return the defaults
	 */
	public static TimeoutOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * These timeouts with another time allowed to open a connection.
	 * @param connectTimeout the time, positive
	 * @return the changed timeouts
	 */
	public TimeoutOptions withConnectTimeout(Duration connectTimeout) {
		return new TimeoutOptions(connectTimeout, this.timeout, this.readTimeout, this.downloadTimeout);
	}

	/**
	 * These timeouts with another time allowed for a call that is not streamed, per
	 * attempt.
	 * @param timeout the time, positive
	 * @return the changed timeouts
	 */
	public TimeoutOptions withTimeout(Duration timeout) {
		return new TimeoutOptions(this.connectTimeout, timeout, this.readTimeout, this.downloadTimeout);
	}

	/**
	 * These timeouts with another time a stream may stay silent.
	 * @param readTimeout the time, positive
	 * @return the changed timeouts
	 */
	public TimeoutOptions withReadTimeout(Duration readTimeout) {
		return new TimeoutOptions(this.connectTimeout, this.timeout, readTimeout, this.downloadTimeout);
	}

	/**
	 * These timeouts with another time allowed for a whole download.
	 * @param downloadTimeout the time, positive
	 * @return the changed timeouts
	 */
	public TimeoutOptions withDownloadTimeout(Duration downloadTimeout) {
		return new TimeoutOptions(this.connectTimeout, this.timeout, this.readTimeout, downloadTimeout);
	}

}
