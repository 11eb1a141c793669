package dev.reactiveai.openai.core;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTests {

	@Test
	void parsesGoDurations() {
		assertThat(RateLimits.parseDuration("6m0s")).isEqualTo(Duration.ofMinutes(6));
		assertThat(RateLimits.parseDuration("12ms")).isEqualTo(Duration.ofMillis(12));
		assertThat(RateLimits.parseDuration("1.5s")).isEqualTo(Duration.ofMillis(1500));
		assertThat(RateLimits.parseDuration("1h2m3s")).isEqualTo(Duration.ofSeconds(3723));
		assertThat(RateLimits.parseDuration("250us")).isEqualTo(Duration.ofNanos(250_000));
		assertThat(RateLimits.parseDuration("0s")).isEqualTo(Duration.ZERO);
	}

	@Test
	void rejectsWhatIsNotADuration() {
		assertThat(RateLimits.parseDuration("soon")).isNull();
		assertThat(RateLimits.parseDuration("5")).isNull();
		assertThat(RateLimits.parseDuration("5s later")).isNull();
		assertThat(RateLimits.parseDuration("")).isNull();
		assertThat(RateLimits.parseDuration(null)).isNull();
	}

	@Test
	void readsTheRateLimitHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-ratelimit-limit-requests", "10000");
		headers.set("x-ratelimit-remaining-requests", "9999");
		headers.set("x-ratelimit-reset-requests", "6ms");
		headers.set("x-ratelimit-limit-tokens", "2000000");
		headers.set("x-ratelimit-remaining-tokens", "1999000");
		headers.set("x-ratelimit-reset-tokens", "1m30s");
		assertThat(RateLimits.from(headers))
			.isEqualTo(new RateLimits(10000L, 9999L, Duration.ofMillis(6), 2000000L, 1999000L, Duration.ofSeconds(90)));
	}

	@Test
	void missingOrGarbledHeadersAreNull() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("x-ratelimit-limit-requests", "many");
		RateLimits limits = RateLimits.from(headers);
		assertThat(limits.limitRequests()).isNull();
		assertThat(limits.resetTokens()).isNull();
	}

}
