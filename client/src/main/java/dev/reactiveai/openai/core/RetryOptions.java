package dev.reactiveai.openai.core;

import java.time.Duration;

/**
 * How a client retries a call that failed for a reason that may pass: how often, and how
 * long it waits in between. Immutable; start from {@link #defaults()} and change values
 * with the {@code with..} methods, each of which checks its value.
 *
 * @param maxRetries retries after the first attempt
 * @param initialRetryDelay delay before the first retry, doubled for each further one
 * @param maxRetryDelay upper bound of the computed retry delay
 * @param maxRetryAfter longest {@code retry-after} delay that is honoured; a longer one
 * fails the call at once
 * @see OpenAiClientOptionsBuilder#retries(java.util.function.UnaryOperator)
 */
public record RetryOptions(int maxRetries, Duration initialRetryDelay, Duration maxRetryDelay, Duration maxRetryAfter) {

	/** Retries after the first attempt. */
	public static final int DEFAULT_MAX_RETRIES = 2;

	/** Delay before the first retry, doubled for each further one. */
	public static final Duration DEFAULT_INITIAL_RETRY_DELAY = Duration.ofMillis(500);

	/** Upper bound of the computed retry delay. */
	public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(8);

	/** Longest server-requested retry delay that is honoured. */
	public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

	private static final RetryOptions DEFAULTS = new RetryOptions(DEFAULT_MAX_RETRIES, DEFAULT_INITIAL_RETRY_DELAY,
			DEFAULT_MAX_RETRY_DELAY, DEFAULT_MAX_RETRY_AFTER);

	/**
	 * Checks every value.
	 * @throws InvalidOptionException if a value is missing or out of range
	 */
	public RetryOptions {
		maxRetries = OptionChecks.notNegative(ClientSetting.MAX_RETRIES, maxRetries);
		initialRetryDelay = OptionChecks.positive(ClientSetting.INITIAL_RETRY_DELAY, initialRetryDelay);
		maxRetryDelay = OptionChecks.positive(ClientSetting.MAX_RETRY_DELAY, maxRetryDelay);
		maxRetryAfter = OptionChecks.notNegative(ClientSetting.MAX_RETRY_AFTER, maxRetryAfter);
	}

	/**
	 * The default retries.
	 * @return the defaults
	 */
	public static RetryOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * These retries with another number of retries after the first attempt.
	 * @param maxRetries the retries, 0 for none
	 * @return the changed retries
	 */
	public RetryOptions withMaxRetries(int maxRetries) {
		return new RetryOptions(maxRetries, this.initialRetryDelay, this.maxRetryDelay, this.maxRetryAfter);
	}

	/**
	 * These retries with another delay before the first retry.
	 * @param initialRetryDelay the delay, positive
	 * @return the changed retries
	 */
	public RetryOptions withInitialRetryDelay(Duration initialRetryDelay) {
		return new RetryOptions(this.maxRetries, initialRetryDelay, this.maxRetryDelay, this.maxRetryAfter);
	}

	/**
	 * These retries with another upper bound of the computed retry delay.
	 * @param maxRetryDelay the bound, positive
	 * @return the changed retries
	 */
	public RetryOptions withMaxRetryDelay(Duration maxRetryDelay) {
		return new RetryOptions(this.maxRetries, this.initialRetryDelay, maxRetryDelay, this.maxRetryAfter);
	}

	/**
	 * These retries with another longest server-requested delay that is honoured.
	 * @param maxRetryAfter the delay, not negative
	 * @return the changed retries
	 */
	public RetryOptions withMaxRetryAfter(Duration maxRetryAfter) {
		return new RetryOptions(this.maxRetries, this.initialRetryDelay, this.maxRetryDelay, maxRetryAfter);
	}

}
