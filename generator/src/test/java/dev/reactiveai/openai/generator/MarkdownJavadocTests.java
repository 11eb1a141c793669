package dev.reactiveai.openai.generator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The markdown of the API description becomes Javadoc that doclint accepts: each
 * construct, the escaping, the links.
 */
class MarkdownJavadocTests {

	@Test
	void blankTextIsEmpty() {
		assertThat(MarkdownJavadoc.toJavadoc("  \n\n ")).isEmpty();
		assertThat(MarkdownJavadoc.firstSentence("")).isEmpty();
	}

	@Test
	void paragraphsAfterTheFirstStartWithP() {
		assertThat(MarkdownJavadoc.toJavadoc("One line\nwrapped.\n\nTwo.\n\n\nThree.\n"))
			.isEqualTo("One line\nwrapped.\n<p>\nTwo.\n<p>\nThree.");
	}

	@Test
	void unorderedListAfterText() {
		assertThat(MarkdownJavadoc.toJavadoc("Learn more:\n- [Text](/docs/guides/text)\n* two\n+ three"))
			.isEqualTo("Learn more:\n<ul>\n<li><a href=\"https://platform.openai.com/docs/guides/text\">Text</a></li>\n"
					+ "<li>two</li>\n<li>three</li>\n</ul>");
	}

	@Test
	void orderedList() {
		assertThat(MarkdownJavadoc.toJavadoc("Steps:\n\n1. first\n2. second\n"))
			.isEqualTo("Steps:\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>");
	}

	@Test
	void numberInTextDoesNotStartAList() {
		assertThat(MarkdownJavadoc.toJavadoc("Released in\n2024. Since then"))
			.isEqualTo("Released in\n2024. Since then");
	}

	@Test
	void nestedListAndContinuationLines() {
		String markdown = """
				Events:
				  - The server is generating a Response, which
				    produces one or two Items.
				    - a nested point
				  - The buffer is committed.

				After the list.""";
		assertThat(MarkdownJavadoc.toJavadoc(markdown))
			.isEqualTo("Events:\n<ul>\n<li>The server is generating a Response, which produces one or two Items.\n"
					+ "<ul>\n<li>a nested point</li>\n</ul></li>\n<li>The buffer is committed.</li>\n</ul>\n"
					+ "<p>\nAfter the list.");
	}

	@Test
	void listSeparatedByBlankLinesStaysOneList() {
		assertThat(MarkdownJavadoc.toJavadoc("- one\n\n- two")).isEqualTo("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
	}

	@Test
	void paragraphAfterAListHasP() {
		assertThat(MarkdownJavadoc.toJavadoc("- one\n\nText.")).isEqualTo("<ul>\n<li>one</li>\n</ul>\n<p>\nText.");
	}

	@Test
	void emphasis() {
		assertThat(MarkdownJavadoc.toJavadoc("**Deprecated:** use *this* or _that_ or __both__."))
			.isEqualTo("<strong>Deprecated:</strong> use <em>this</em> or <em>that</em> or <strong>both</strong>.");
	}

	@Test
	void underscoresAndStarsThatAreNotEmphasis() {
		assertThat(MarkdownJavadoc.toJavadoc("set previous_response_id and snake_case_name; 2 * 3 * 4"))
			.isEqualTo("set previous_response_id and snake_case_name; 2 * 3 * 4");
	}

	@Test
	void codeSpans() {
		assertThat(MarkdownJavadoc.toJavadoc("Use `gpt-4o` or ``a ` b``."))
			.isEqualTo("Use {@code gpt-4o} or {@code a ` b}.");
	}

	@Test
	void codeSpanWithBalancedBracesStaysACodeTag() {
		assertThat(MarkdownJavadoc.toJavadoc("Send `{ \"type\": \"json_object\" }`."))
			.isEqualTo("Send {@code { \"type\": \"json_object\" }}.");
	}

	@Test
	void codeSpansThatCannotBeCodeTagsAreEscaped() {
		assertThat(MarkdownJavadoc.toJavadoc("`{`")).isEqualTo("<code>&#123;</code>");
		assertThat(MarkdownJavadoc.toJavadoc("`a */ b`")).isEqualTo("<code>a *&#47; b</code>");
		assertThat(MarkdownJavadoc.toJavadoc("`<img>`")).isEqualTo("<code>&lt;img&gt;</code>");
		assertThat(MarkdownJavadoc.toJavadoc("`@Override`")).isEqualTo("<code>&#64;Override</code>");
		assertThat(MarkdownJavadoc.toJavadoc("`\\u0041`")).isEqualTo("<code>&#92;u0041</code>");
	}

	@Test
	void codeSpansKeepCharactersThatAreSafeInACodeTag() {
		assertThat(MarkdownJavadoc.toJavadoc("`sip:agent@example.com` and `a & b` and `[\\\"audio\\\"]`"))
			.isEqualTo("{@code sip:agent@example.com} and {@code a & b} and {@code [\\\"audio\\\"]}");
	}

	@Test
	void textIsEscaped() {
		assertThat(MarkdownJavadoc.toJavadoc("a < b & c > d @see {@link x} */ \\user"))
			.isEqualTo("a &lt; b &amp; c &gt; d &#64;see &#123;&#64;link x&#125; *&#47; &#92;user");
	}

	@Test
	void backslashEscapesAreLiteral() {
		assertThat(MarkdownJavadoc.toJavadoc("\\*not emphasis\\* and \\`not code\\`"))
			.isEqualTo("*not emphasis* and `not code`");
	}

	@Test
	void relativeLinksBecomeAbsolute() {
		assertThat(
				MarkdownJavadoc.toJavadoc("See [reasoning](/docs/guides/reasoning) and [tokens](/tokenizer?view=bpe)."))
			.isEqualTo("See <a href=\"https://platform.openai.com/docs/guides/reasoning\">reasoning</a> and "
					+ "<a href=\"https://platform.openai.com/tokenizer?view=bpe\">tokens</a>.");
	}

	@Test
	void absoluteLinksAndLinksWithCode() {
		assertThat(MarkdownJavadoc
			.toJavadoc("[costs](https://openai.com/api/pricing/ \"Pricing\"), [`tools`](/docs/x#a&b)"))
			.isEqualTo("<a href=\"https://openai.com/api/pricing/\">costs</a>, "
					+ "<a href=\"https://platform.openai.com/docs/x#a&amp;b\">{@code tools}</a>");
	}

	@Test
	void autolinks() {
		assertThat(MarkdownJavadoc.toJavadoc("<https://example.com/a>"))
			.isEqualTo("<a href=\"https://example.com/a\">https://example.com/a</a>");
	}

	@Test
	void bracketsThatAreNotLinksStayText() {
		assertThat(MarkdownJavadoc.toJavadoc("[DEPRECATED] The query.")).isEqualTo("[DEPRECATED] The query.");
	}

	@Test
	void thematicBreaksAreDropped() {
		assertThat(MarkdownJavadoc.toJavadoc("Above.\n\n---\n\nBelow.")).isEqualTo("Above.\n<p>\nBelow.");
		assertThat(MarkdownJavadoc.toJavadoc("Above.\n***\nBelow.")).isEqualTo("Above.\n<p>\nBelow.");
	}

	@Test
	void headingsBecomeStrongParagraphs() {
		assertThat(MarkdownJavadoc.toJavadoc("Intro.\n\n## Details\nText."))
			.isEqualTo("Intro.\n<p>\n<strong>Details</strong>\n<p>\nText.");
	}

	@Test
	void fencedCodeBecomesPreformattedCode() {
		String markdown = "Like:\n```json\n[\n  { \"type\": \"function\", \"name\": \"get_weather\" }\n]\n```\n";
		assertThat(MarkdownJavadoc.toJavadoc(markdown))
			.isEqualTo("Like:\n<pre>{@code\n[\n  { \"type\": \"function\", \"name\": \"get_weather\" }\n]\n}</pre>");
	}

	@Test
	void fencedCodeThatCannotBeACodeTagIsEscaped() {
		String markdown = "```\n@Annotation\nif (a < b) {\n```";
		assertThat(MarkdownJavadoc.toJavadoc(markdown))
			.isEqualTo("<pre>\n&#64;Annotation\nif (a &lt; b) &#123;\n</pre>");
	}

	@Test
	void firstSentence() {
		assertThat(MarkdownJavadoc.firstSentence("This feature is in Beta.\nIf specified, our system will try."))
			.isEqualTo("This feature is in Beta.");
		assertThat(MarkdownJavadoc.firstSentence("Use e.g. `a. b` or [c. d](/docs/x). Then more."))
			.isEqualTo("Use e.g. {@code a. b} or <a href=\"https://platform.openai.com/docs/x\">c. d</a>.");
		assertThat(MarkdownJavadoc.firstSentence("No full stop")).isEqualTo("No full stop");
		assertThat(MarkdownJavadoc.firstSentence("- a list\n- first"))
			.isEqualTo("<ul>\n<li>a list</li>\n<li>first</li>\n</ul>");
	}

	@Test
	void nothingEndsTheComment() {
		List<String> nasty = List.of("*/", "`*/`", "```\n*/\n```", "[a](/x*/y)", "**a*/**", "*/*", "- */", "# */",
				"[*/](https://a)", "<https://a*/b>", "`{`*/", "\\*/");
		for (String markdown : nasty) {
			assertThat(MarkdownJavadoc.toJavadoc(markdown)).as(markdown).doesNotContain("*/");
			assertThat(MarkdownJavadoc.firstSentence(markdown)).as(markdown).doesNotContain("*/");
		}
	}

}
