package dev.reactiveai.openai.core;

import java.time.Clock;
import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Where a client gets the bearer tokens it authenticates with, instead of a fixed API
 * key: Microsoft Entra ID for Azure OpenAI, or any OAuth server in front of a gateway.
 * <p>
 * The client asks for a token before each attempt of a call; give it a
 * {@linkplain #cached(TokenSource) cached} source (as
 * {@link Authentication#bearerToken(TokenSource)} does) so that a token is fetched once
 * and refreshed before it expires.
 */
@FunctionalInterface
public interface TokenSource {

	/**
	 * How long before a token expires a cached source fetches the next one, as the Azure
	 * identity library does.
	 */
	Duration DEFAULT_REFRESH_AHEAD = Duration.ofMinutes(5);

	/**
	 * A token; each subscription may fetch a new one.
	 * @return the token
	 */
	Mono<AccessToken> token();

	/**
	 * A source that keeps the token of this one until {@link #DEFAULT_REFRESH_AHEAD}
	 * before it expires; concurrent callers share one refresh.
	 * @param source the source to cache
	 * @return the cached source
	 */
	static TokenSource cached(TokenSource source) {
		return cached(source, DEFAULT_REFRESH_AHEAD, Clock.systemUTC());
	}

	/**
	 * A source that keeps the token of this one until {@code refreshAhead} before it
	 * expires; concurrent callers share one refresh. When a refresh fails while the token
	 * held is still valid, that token is used.
	 * @param source the source to cache
	 * @param refreshAhead how long before expiry to fetch the next token
	 * @param clock the clock that expiry is judged by
	 * @return the cached source
	 */
	static TokenSource cached(TokenSource source, Duration refreshAhead, Clock clock) {
		if (source instanceof CachedTokenSource cached && cached.hasSettings(refreshAhead, clock)) {
			return cached;
		}
		return new CachedTokenSource(source, refreshAhead, clock);
	}

}
