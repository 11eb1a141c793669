package dev.reactiveai.openai.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TokenSource#cached}: one fetch per token, the next one fetched ahead of expiry,
 * one refresh shared by concurrent callers.
 */
class CachedTokenSourceTests {

	private static final Instant START = Instant.parse("2026-12-01T20:00:00Z");

	private final MutableClock clock = new MutableClock();

	private final AtomicInteger fetches = new AtomicInteger();

	private TokenSource source(Duration lifetime) {
		return () -> Mono.fromSupplier(
				() -> new AccessToken("token-" + this.fetches.incrementAndGet(), this.clock.instant().plus(lifetime)));
	}

	@Test
	void aTokenIsFetchedOnceAndReusedUntilTheRefreshWindow() {
		TokenSource cached = TokenSource.cached(source(Duration.ofMinutes(60)), Duration.ofMinutes(5), this.clock);
		assertThat(cached.token().block(TIMEOUT).value()).isEqualTo("token-1");
		this.clock.advance(Duration.ofMinutes(54));
		assertThat(cached.token().block(TIMEOUT).value()).isEqualTo("token-1");
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(cached.token().block(TIMEOUT).value()).isEqualTo("token-2");
		assertThat(this.fetches).hasValue(2);
	}

	@Test
	void concurrentCallersShareOneRefresh() {
		TokenSource slow = () -> Mono.delay(Duration.ofMillis(100))
			.map((tick) -> new AccessToken("token-" + this.fetches.incrementAndGet(),
					this.clock.instant().plusSeconds(3600)));
		TokenSource cached = TokenSource.cached(slow, Duration.ofMinutes(5), this.clock);
		List<String> tokens = Flux.range(0, 32)
			.flatMap((i) -> cached.token().subscribeOn(Schedulers.parallel()), 32)
			.map(AccessToken::value)
			.collectList()
			.block(TIMEOUT);
		assertThat(tokens).hasSize(32).containsOnly("token-1");
		assertThat(this.fetches).hasValue(1);
	}

	@Test
	void aFailedRefreshKeepsATokenThatIsStillValid() {
		AtomicInteger calls = new AtomicInteger();
		TokenSource flaky = () -> (calls.incrementAndGet() == 1)
				? Mono.just(new AccessToken("token-1", this.clock.instant().plusSeconds(600)))
				: Mono.error(new IllegalStateException("identity endpoint down"));
		TokenSource cached = TokenSource.cached(flaky, Duration.ofMinutes(5), this.clock);
		assertThat(cached.token().block(TIMEOUT).value()).isEqualTo("token-1");
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(cached.token().block(TIMEOUT).value()).isEqualTo("token-1");
		this.clock.advance(Duration.ofMinutes(5));
		StepVerifier.create(cached.token()).expectErrorMessage("identity endpoint down").verify(TIMEOUT);
		assertThat(calls).hasValue(3);
	}

	@Test
	void aFailureIsNotCachedForLaterCallers() {
		AtomicInteger calls = new AtomicInteger();
		TokenSource recovering = () -> (calls.incrementAndGet() == 1) ? Mono.error(new IllegalStateException("not yet"))
				: Mono.just(new AccessToken("token-2", this.clock.instant().plusSeconds(3600)));
		TokenSource cached = TokenSource.cached(recovering, Duration.ofMinutes(5), this.clock);
		StepVerifier.create(cached.token()).expectErrorMessage("not yet").verify(TIMEOUT);
		assertThat(cached.token().block(TIMEOUT).value()).isEqualTo("token-2");
	}

	private static final class MutableClock extends Clock {

		private volatile Instant now = START;

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
