package dev.reactiveai.openai.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.util.Assert;

/**
 * Keeps a token until shortly before it expires, so that calls do not each fetch one;
 * concurrent callers that find it stale share one refresh.
 */
final class CachedTokenSource implements TokenSource {

	private final TokenSource source;

	private final Duration refreshAhead;

	private final Clock clock;

	private @Nullable AccessToken current;

	/** The refresh in flight, which every caller that needs a token waits for. */
	private @Nullable Mono<AccessToken> refreshing;

	CachedTokenSource(TokenSource source, Duration refreshAhead, Clock clock) {
		Assert.notNull(source, "'source' must not be null");
		Assert.isTrue(!refreshAhead.isNegative(), "'refreshAhead' must not be negative");
		this.source = source;
		this.refreshAhead = refreshAhead;
		this.clock = clock;
	}

	boolean hasSettings(Duration refreshAhead, Clock clock) {
		return this.refreshAhead.equals(refreshAhead) && this.clock.equals(clock);
	}

	@Override
	public Mono<AccessToken> token() {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			synchronized (this) {
				AccessToken token = this.current;
				if (token != null && now.isBefore(token.expiresAt().minus(this.refreshAhead))) {
					return Mono.just(token);
				}
				Mono<AccessToken> refresh = this.refreshing;
				if (refresh == null) {
					refresh = refresh(token);
					this.refreshing = refresh;
				}
				return refresh;
			}
		});
	}

	/**
	 * One fetch, cached so that every caller waiting for it gets its outcome, and
	 * forgotten once done so that the next stale read fetches again.
	 */
	private Mono<AccessToken> refresh(@Nullable AccessToken previous) {
		return Mono.defer(this.source::token)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("The token source gave no token")))
			.doOnNext(this::store)
			.onErrorResume((ex) -> {
				forgetRefresh();
				// A token that is still valid beats a failed call.
				return (previous != null && this.clock.instant().isBefore(previous.expiresAt())) ? Mono.just(previous)
						: Mono.error(ex);
			})
			.cache();
	}

	private synchronized void store(AccessToken token) {
		this.current = token;
		this.refreshing = null;
	}

	private synchronized void forgetRefresh() {
		this.refreshing = null;
	}

	@Override
	public String toString() {
		return "CachedTokenSource[" + this.source.getClass().getSimpleName() + ", refreshAhead=" + this.refreshAhead
				+ "]";
	}

}
