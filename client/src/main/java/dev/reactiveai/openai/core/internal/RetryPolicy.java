package dev.reactiveai.openai.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import dev.reactiveai.openai.observation.internal.CallRecorder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;

/**
 * Decides whether a failed attempt is retried, and after how long.
 * <p>
 * Retried: connection failures, timeouts, and statuses 408, 409, 429 and 5xx, unless the
 * server says otherwise with {@code x-should-retry}. The delay is the server's
 * {@code retry-after-ms} or {@code retry-after} when given (a longer one than allowed
 * fails the call at once), otherwise {@code min(initial * 2^n, max)} less up to 25 %
 * jitter.
 */
final class RetryPolicy {

	private static final Log logger = LogFactory.getLog(RetryPolicy.class);

	private final Duration initialDelay;

	private final Duration maxDelay;

	private final Duration maxRetryAfter;

	RetryPolicy(Duration initialDelay, Duration maxDelay, Duration maxRetryAfter) {
		this.initialDelay = initialDelay;
		this.maxDelay = maxDelay;
		this.maxRetryAfter = maxRetryAfter;
	}

	/**
	 * A call with its retries: the attempt is subscribed again after each failure that
	 * may be retried. Nothing is assembled for retries until an attempt fails, so that a
	 * call that succeeds at once costs no more than its attempt (a {@code retryWhen}
	 * companion, built on every call, showed in profiles of small calls).
	 * @param <T> the value type
	 * @param attempt one attempt, subscribed once per try
	 * @param request the request, named in the log
	 * @param maxRetries the most retries
	 * @param mayRetry whether the call may be retried now, as far as the caller knows
	 * @return the call
	 */
	<T> Mono<T> retry(Mono<T> attempt, ApiRequest request, int maxRetries, BooleanSupplier mayRetry) {
		return attempt.onErrorResume((failure) -> retryAfter(attempt, request, maxRetries, mayRetry, failure, 0));
	}

	/**
	 * A streamed call with its retries, as
	 * {@link #retry(Mono, ApiRequest, int, BooleanSupplier)}.
	 * @param <T> the element type
	 * @param attempt one attempt, subscribed once per try
	 * @param request the request, named in the log
	 * @param maxRetries the most retries
	 * @param mayRetry whether the call may be retried now, as far as the caller knows
	 * @return the call
	 */
	<T> Flux<T> retry(Flux<T> attempt, ApiRequest request, int maxRetries, BooleanSupplier mayRetry) {
		return attempt.onErrorResume((failure) -> retryAfter(attempt, request, maxRetries, mayRetry, failure, 0));
	}

	private <T> Mono<T> retryAfter(Mono<T> attempt, ApiRequest request, int maxRetries, BooleanSupplier mayRetry,
			Throwable failure, int retries) {
		Mono<Long> delay = delay(request, maxRetries, mayRetry, failure, retries);
		if (delay == null) {
			return Mono.error(failure);
		}
		return delay.then(
				attempt.onErrorResume((next) -> retryAfter(attempt, request, maxRetries, mayRetry, next, retries + 1)));
	}

	private <T> Flux<T> retryAfter(Flux<T> attempt, ApiRequest request, int maxRetries, BooleanSupplier mayRetry,
			Throwable failure, int retries) {
		Mono<Long> delay = delay(request, maxRetries, mayRetry, failure, retries);
		if (delay == null) {
			return Flux.error(failure);
		}
		return delay.thenMany(
				attempt.onErrorResume((next) -> retryAfter(attempt, request, maxRetries, mayRetry, next, retries + 1)));
	}

	/**
	 * The wait before the next attempt, or null when the failure ends the call.
	 */
	private @Nullable Mono<Long> delay(ApiRequest request, int maxRetries, BooleanSupplier mayRetry, Throwable failure,
			int retries) {
		if (retries >= maxRetries || !request.isReplayable() || !mayRetry.getAsBoolean()) {
			return null;
		}
		Duration delay = delayBeforeRetry(failure, retries);
		if (delay == null) {
			return null;
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying " + request + " in " + delay.toMillis() + " ms (retry " + (retries + 1) + " of "
					+ maxRetries + ") after: " + failure.getMessage());
		}
		// The observation of the call, if any, counts the retry (see CallObservation).
		return Mono.deferContextual((context) -> {
			CallRecorder recorder = context.getOrDefault(CallRecorder.class, null);
			if (recorder != null) {
				recorder.retried(failure);
			}
			return Mono.delay(delay);
		});
	}

	/**
	 * The delay before retrying after the given failure.
	 * @param failure the failure of the attempt
	 * @param retry the number of retries made so far
	 * @return the delay, or null if the failure is not to be retried
	 */
	@Nullable Duration delayBeforeRetry(Throwable failure, long retry) {
		if (failure instanceof OpenAiServiceException serviceException) {
			if (!isRetryable(serviceException)) {
				return null;
			}
			Duration requested = requestedDelay(serviceException.headers());
			if (requested != null) {
				return (requested.compareTo(this.maxRetryAfter) <= 0) ? requested : null;
			}
			return backoff(retry);
		}
		if (failure instanceof OpenAiConnectionException || failure instanceof OpenAiTimeoutException) {
			return backoff(retry);
		}
		return null;
	}

	private boolean isRetryable(OpenAiServiceException exception) {
		String shouldRetry = exception.headers().getFirst("x-should-retry");
		if ("true".equalsIgnoreCase(shouldRetry)) {
			return true;
		}
		if ("false".equalsIgnoreCase(shouldRetry)) {
			return false;
		}
		int status = exception.statusCode();
		// 600 and above are not HTTP statuses (RFC 9110, 15): no reason to expect that
		// another attempt fares better.
		return status == 408 || status == 409 || status == 429 || (status >= 500 && status <= 599);
	}

	Duration backoff(long retry) {
		double delay = this.initialDelay.toNanos() * Math.pow(2, Math.min(retry, 32));
		double capped = Math.min(delay, this.maxDelay.toNanos());
		double jitter = 1 - ThreadLocalRandom.current().nextDouble() * 0.25;
		return Duration.ofNanos((long) (capped * jitter));
	}

	static @Nullable Duration requestedDelay(HttpHeaders headers) {
		String millis = headers.getFirst("retry-after-ms");
		if (millis != null) {
			try {
				double value = Double.parseDouble(millis.strip());
				if (value >= 0 && Double.isFinite(value)) {
					return Duration.ofNanos((long) (value * 1_000_000));
				}
			}
			catch (NumberFormatException ex) {
				// Fall through to retry-after.
			}
		}
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter == null) {
			return null;
		}
		try {
			double seconds = Double.parseDouble(retryAfter.strip());
			return (seconds >= 0 && Double.isFinite(seconds)) ? Duration.ofNanos((long) (seconds * 1_000_000_000))
					: null;
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(retryAfter.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration delay = Duration.between(Instant.now(), at);
				return delay.isNegative() ? Duration.ZERO : delay;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

}
