package dev.reactiveai.openai.autoconfigure.health;

import java.time.Duration;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.error.AuthenticationException;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiMissingKeyException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import dev.reactiveai.openai.error.OpenAiTokenException;
import dev.reactiveai.openai.error.PermissionDeniedException;
import dev.reactiveai.openai.error.RateLimitException;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reports whether an OpenAI client's endpoint is reachable and accepts its key, by
 * listing the models: a cheap call that needs a valid key, which Azure OpenAI serves too
 * (on {@code /openai/models} or {@code /openai/v1/models}) and which a keyless client
 * makes without credentials. The result is cached, so that frequent health checks call
 * the API at most once per time-to-live.
 */
public class OpenAiHealthIndicator implements ReactiveHealthIndicator {

	private final OpenAiClient client;

	private final Duration timeout;

	private final Mono<Health> cachedHealth;

	/**
	 * Create an indicator.
	 * @param client the client to check
	 * @param timeout time allowed for the probe
	 * @param timeToLive how long a result is reused
	 */
	public OpenAiHealthIndicator(OpenAiClient client, Duration timeout, Duration timeToLive) {
		this.client = client;
		this.timeout = timeout;
		this.cachedHealth = Mono.defer(this::probe).cache(timeToLive);
	}

	@Override
	public Mono<Health> health() {
		return this.cachedHealth;
	}

	private Mono<Health> probe() {
		// Without user info, which may hold a password.
		String baseUrl = UriComponentsBuilder.fromUri(this.client.options().baseUrl()).userInfo(null).toUriString();
		Health.Builder builder = Health.unknown().withDetail("baseUrl", baseUrl);
		RequestOptions probeOptions = RequestOptions.builder().timeout(this.timeout).maxRetries(0).build();
		long start = System.nanoTime();
		return this.client.models()
			.withOptions(probeOptions)
			.withRawResponse()
			.list()
			.map((response) -> up(builder, response, start))
			.onErrorResume((ex) -> Mono.just(down(builder, ex, start)));
	}

	private Health up(Health.Builder builder, ApiResponse<?> response, long start) {
		builder.up().withDetail("status", response.statusCode()).withDetail("latencyMs", elapsedMillis(start));
		if (response.requestId() != null) {
			builder.withDetail("requestId", response.requestId());
		}
		return builder.build();
	}

	private Health down(Health.Builder builder, Throwable failure, long start) {
		builder.down().withDetail("reason", reason(failure)).withDetail("latencyMs", elapsedMillis(start));
		if (failure instanceof OpenAiServiceException serviceException) {
			builder.withDetail("status", serviceException.statusCode());
			if (serviceException.requestId() != null) {
				builder.withDetail("requestId", serviceException.requestId());
			}
		}
		return builder.withDetail("error", String.valueOf(failure.getMessage())).build();
	}

	private static String reason(Throwable failure) {
		if (failure instanceof OpenAiMissingKeyException) {
			// Sent nothing: the message names the property to set.
			return "no API key";
		}
		if (failure instanceof OpenAiTokenException) {
			// Sent nothing: the token source (such as Entra ID) failed.
			return "no access token";
		}
		if (failure instanceof AuthenticationException) {
			return "invalid API key";
		}
		if (failure instanceof PermissionDeniedException) {
			return "permission denied";
		}
		if (failure instanceof RateLimitException) {
			return "rate-limited";
		}
		if (failure instanceof OpenAiTimeoutException) {
			return "timeout";
		}
		if (failure instanceof OpenAiConnectionException) {
			return "unreachable";
		}
		if (failure instanceof OpenAiServiceException serviceException) {
			return "HTTP " + serviceException.statusCode();
		}
		return "error";
	}

	private static long elapsedMillis(long start) {
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

}
