package dev.reactiveai.openai.core;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * How a client authenticates its requests: with its API key (the default), with bearer
 * tokens from a {@link TokenSource} (Microsoft Entra ID for Azure OpenAI), or not at all,
 * for an OpenAI-compatible server that needs no key (Ollama, vLLM, a local gateway).
 * Immutable.
 */
public final class Authentication {

	private static final Authentication API_KEY = new Authentication(Kind.API_KEY, null);

	private static final Authentication NONE = new Authentication(Kind.NONE, null);

	private final Kind kind;

	private final @Nullable TokenSource tokenSource;

	private Authentication(Kind kind, @Nullable TokenSource tokenSource) {
		this.kind = kind;
		this.tokenSource = tokenSource;
	}

	/**
	 * Authenticate with the client's {@linkplain OpenAiClientOptions#apiKey() API key}:
	 * sent as {@code Authorization: Bearer}, or as the {@code api-key} header to Azure
	 * OpenAI. The default.
	 * @return the authentication
	 */
	public static Authentication apiKey() {
		return API_KEY;
	}

	/**
	 * Send no credentials: for a server that needs none. No {@code Authorization} header
	 * is sent, and no call fails for want of a key.
	 * @return the authentication
	 */
	public static Authentication none() {
		return NONE;
	}

	/**
	 * Authenticate with bearer tokens from a source, {@linkplain TokenSource#cached
	 * cached} until {@link TokenSource#DEFAULT_REFRESH_AHEAD} before each expires.
	 * @param tokenSource the source; an already cached source is used as it is
	 * @return the authentication
	 */
	public static Authentication bearerToken(TokenSource tokenSource) {
		Assert.notNull(tokenSource, "'tokenSource' must not be null");
		TokenSource cached = (tokenSource instanceof CachedTokenSource) ? tokenSource : TokenSource.cached(tokenSource);
		return new Authentication(Kind.BEARER_TOKEN, cached);
	}

	/**
	 * How requests are authenticated.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * The source of bearer tokens.
	 * @return the source, or {@code null} unless the kind is {@link Kind#BEARER_TOKEN}
	 */
	public @Nullable TokenSource tokenSource() {
		return this.tokenSource;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof Authentication that) && this.kind == that.kind
				&& Objects.equals(this.tokenSource, that.tokenSource);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.kind, this.tokenSource);
	}

	@Override
	public String toString() {
		return this.kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/**
	 * How requests are authenticated.
	 */
	public enum Kind {

		/** With the client's API key. */
		API_KEY,

		/** With bearer tokens from a {@link TokenSource}. */
		BEARER_TOKEN,

		/** Not at all. */
		NONE

	}

}
