package dev.reactiveai.openai.core.internal;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys are kept out of text whole and in fragments; URLs are shown without passwords.
 */
class RedactorTests {

	private static final String KEY = "sk-proj-canary0123456789abcdefXYZ";

	private final Redactor redactor = new Redactor(KEY, null);

	@Test
	void aWholeKeyIsRedacted() {
		assertThat(this.redactor.redact("bad key " + KEY + ".")).isEqualTo("bad key [redacted].");
	}

	@Test
	void thePrefixOfAKeyLeftAtTheEndOfATextIsRedacted() {
		assertThat(this.redactor.redact("bad key " + KEY.substring(0, 12))).isEqualTo("bad key [redacted]");
	}

	@Test
	void aFragmentOfAKeyInsideATextIsRedacted() {
		assertThat(this.redactor.redact("token '" + KEY.substring(10, 25) + "...' is unknown"))
			.isEqualTo("token '[redacted]...' is unknown");
	}

	@Test
	void fragmentsShorterThanTheMinimumAreKept() {
		String seven = KEY.substring(KEY.length() - 7);
		assertThat(this.redactor.redact("ends with " + seven)).isEqualTo("ends with " + seven);
		assertThat(this.redactor.redact("ends with " + KEY.substring(KEY.length() - Redactor.MIN_FRAGMENT)))
			.isEqualTo("ends with [redacted]");
	}

	@Test
	void textWithoutTheKeyIsReturnedAsIs() {
		String text = "Rate limit reached for gpt-4o in organization org-123";
		assertThat(this.redactor.redact(text)).isSameAs(text);
	}

	@Test
	void aKeyShorterThanTheMinimumFragmentIsRedactedOnlyWhole() {
		Redactor shortKey = new Redactor("abc123", null);
		assertThat(shortKey.redact("key abc123 and abc12")).isEqualTo("key [redacted] and abc12");
	}

	@Test
	void thePasswordOfAUrlIsMasked() {
		assertThat(Redactor.maskUserInfo("http://user:s3cret-pw@host:8080/v1?x=1"))
			.isEqualTo("http://user:****@host:8080/v1?x=1");
		assertThat(Redactor.maskUserInfo(URI.create("https://user:s3cret@host/v1")))
			.isEqualTo("https://user:****@host/v1");
	}

	@Test
	void aUserInfoWithoutPasswordIsMaskedWholeAsItMayBeAToken() {
		assertThat(Redactor.maskUserInfo("https://ghp_token123@host/v1")).isEqualTo("https://****@host/v1");
	}

	@Test
	void aUrlWithoutUserInfoIsUnchanged() {
		assertThat(Redactor.maskUserInfo("https://api.openai.com/v1/me@example"))
			.isEqualTo("https://api.openai.com/v1/me@example");
		assertThat(Redactor.maskUserInfo("not a url")).isEqualTo("not a url");
	}

	@Test
	void anUnparseableUrlHasItsPasswordMaskedToo() {
		assertThat(Redactor.maskUserInfo("http://user:pw d@ho st/v1")).isEqualTo("http://user:****@ho st/v1");
	}

}
