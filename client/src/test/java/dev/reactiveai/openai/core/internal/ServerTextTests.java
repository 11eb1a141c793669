package dev.reactiveai.openai.core.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server text quoted in messages cannot forge log lines and is bounded in length.
 */
class ServerTextTests {

	@Test
	void lineBreaksAndEscapeAreEscaped() {
		assertThat(ServerText.quote("a\r\nINFO forged\u001b[31m\tx", 100))
			.isEqualTo("a\\r\\nINFO forged\\u001b[31m\\tx");
	}

	@Test
	void otherControlAndLineSeparatingCharactersAreEscaped() {
		assertThat(ServerText.quote("\u0000\u007f\u0085\u009b\u2028\u2029\u202e", 100))
			.isEqualTo("\\u0000\\u007f\\u0085\\u009b\\u2028\\u2029\\u202e");
	}

	@Test
	void ordinaryTextIsReturnedAsIs() {
		String text = "Invalid value for 'model': \"gpt-5\" is not a model. Émoji 😀 ok \\n";
		assertThat(ServerText.quote(text, 1000)).isSameAs(text);
	}

	@Test
	void longTextIsCutAtTheBoundWithAMarker() {
		String quoted = ServerText.quote("x".repeat(60_000), 2000);
		assertThat(quoted).startsWith("x".repeat(2000)).endsWith("...[cut at 2000 characters, 58000 more]");
		assertThat(quoted.length()).isLessThan(2100);
	}

	@Test
	void theBoundCountsEscapesAndNeverSplitsOne() {
		String quoted = ServerText.quote("\n".repeat(10), 5);
		assertThat(quoted).isEqualTo("\\n\\n...[cut at 5 characters, 8 more]");
	}

	@Test
	void theCutNeverSplitsASurrogatePair() {
		String quoted = ServerText.quote("ab😀c", 3);
		assertThat(quoted).isEqualTo("ab...[cut at 3 characters, 3 more]");
	}

}
