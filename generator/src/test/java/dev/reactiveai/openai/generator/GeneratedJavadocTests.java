package dev.reactiveai.openai.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated models' Javadoc says what the API description says, or what the type or
 * property is: no placeholder, no Javadoc without a description, no markdown left, no
 * link that leads nowhere.
 */
class GeneratedJavadocTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final String MODEL = Generator.CLIENT_SOURCES + "dev/reactiveai/openai/types/";

	private static final Map<String, String> generated = Generator.forSpec(ROOT.resolve("spec/openai-openapi.json"))
		.generate();

	/**
	 * A Javadoc comment whose first line is a block tag: nothing describes the element.
	 */
	private static final Pattern EMPTY_DESCRIPTION = Pattern.compile("/\\*\\*\\s*\\n\\s*\\*\\s*@");

	@Test
	void noPlaceholders() {
		assertThat(matches("@param \\w+ the \\{@code \\w+\\} property")).isEmpty();
		assertThat(matches("\\* Set \\{@code \\w+\\}\\.\\s*$")).isEmpty();
	}

	@Test
	void everyJavadocHasADescription() {
		List<String> empty = new ArrayList<>();
		models().forEach((path, source) -> {
			if (EMPTY_DESCRIPTION.matcher(source).find()) {
				empty.add(path);
			}
		});
		assertThat(empty).isEmpty();
	}

	@Test
	void noMarkdownLeft() {
		assertThat(matches("\\]\\(/")).as("relative markdown links").isEmpty();
		assertThat(matches("^\\s*\\*.*\\*\\*\\w")).as("markdown bold").isEmpty();
		assertThat(matches("^\\s*\\* .*`\\w[^`]*`(?!`)")).as("markdown code spans").isEmpty();
	}

	@Test
	void descriptionsInsideNullableWrappersAreKept() {
		String response = models().get(MODEL + "Response.java");
		assertThat(response).contains("@param previousResponseId The unique ID of the previous response to the model.")
			.contains("@param temperature What sampling temperature to use, between 0 and 2.")
			.contains("@param instructions A system (or developer) message inserted into the model's context.");
	}

	@Test
	void deprecationsAreAnnotated() {
		String request = models().get(MODEL + "CreateChatCompletionRequest.java");
		assertThat(request)
			.containsPattern("@deprecated This value is now deprecated in favor of\\s+\\*?\\s*"
					+ "\\{@code max_completion_tokens\\}")
			.containsPattern(
					"@Deprecated\\s+@JsonProperty\\(\"max_tokens\"\\)\\s+public @Nullable Long maxTokens\\(\\)");
		assertThat(models().get(MODEL + "Assistant.java")).containsPattern(
				"\\*/\\s+@JsonDeserialize\\(using = Assistant\\.Reader\\.class\\)\\s+@Deprecated\\s+public record");
	}

	@Test
	void outputTextIsComputedAndSaysSo() {
		String response = models().get(MODEL + "Response.java");
		assertThat(response).contains("outputText = outputTextOf(output);")
			.contains("The API does not send it")
			.doesNotContain("SDK-only convenience property");
	}

	private Map<String, String> models() {
		Map<String, String> models = new java.util.TreeMap<>();
		generated.forEach((path, source) -> {
			if (path.startsWith(MODEL)) {
				models.put(path, source);
			}
		});
		return models;
	}

	private List<String> matches(String regex) {
		Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
		List<String> found = new ArrayList<>();
		models().forEach((path, source) -> {
			Matcher matcher = pattern.matcher(source);
			while (matcher.find() && found.size() < 20) {
				found.add(path + ": " + matcher.group());
			}
		});
		return found;
	}

}
