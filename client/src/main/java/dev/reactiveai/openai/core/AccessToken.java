package dev.reactiveai.openai.core;

import java.time.Instant;

import org.springframework.util.Assert;

/**
 * A bearer token and when it expires, as a {@link TokenSource} gives it. Its
 * {@link #toString()} never shows the token.
 *
 * @param value the token, sent as {@code Authorization: Bearer <value>}
 * @param expiresAt when the token stops being accepted
 */
public record AccessToken(String value, Instant expiresAt) {

	/**
	 * Create a token.
	 * @param value the token, not blank
	 * @param expiresAt when it expires
	 */
	public AccessToken {
		Assert.hasText(value, "'value' must not be blank");
		Assert.notNull(expiresAt, "'expiresAt' must not be null");
	}

	@Override
	public String toString() {
		return "AccessToken[value=******, expiresAt=" + this.expiresAt + "]";
	}

}
