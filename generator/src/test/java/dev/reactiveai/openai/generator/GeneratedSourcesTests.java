package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed generated sources are exactly what the generator makes of the committed
 * API description. When this fails, regenerate with
 * {@code ./mvnw -q -pl generator compile exec:java} and commit the result.
 */
class GeneratedSourcesTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Path SOURCES = ROOT.resolve("client/src/main/java");

	private static final Map<String, String> generated = Generator.forSpec(ROOT.resolve("spec/openai-openapi.json"))
		.generate();

	@Test
	void committedSourcesMatchTheGenerator() throws IOException {
		List<String> stale = new ArrayList<>();
		for (Map.Entry<String, String> file : generated.entrySet()) {
			Path committed = SOURCES.resolve(file.getKey());
			if (!Files.exists(committed)
					|| !Files.readString(committed, StandardCharsets.UTF_8).equals(file.getValue())) {
				stale.add(file.getKey());
			}
		}
		assertThat(stale)
			.as("Generated files that differ from the generator's output; regenerate with "
					+ "'./mvnw -q -pl generator compile exec:java'")
			.isEmpty();
	}

	@Test
	void noCommittedFileIsLeftOverInTheGeneratedPackages() throws IOException {
		Path models = SOURCES.resolve(Generator.MODEL_PACKAGE.replace('.', '/'));
		try (Stream<Path> files = Files.list(models)) {
			List<String> extra = files.map((file) -> SOURCES.relativize(file).toString().replace('\\', '/'))
				.filter((file) -> !generated.containsKey(file))
				.toList();
			assertThat(extra).as("Files the generator no longer makes").isEmpty();
		}
	}

	@Test
	void generationIsDeterministic() {
		Map<String, String> again = Generator.forSpec(ROOT.resolve("spec/openai-openapi.json")).generate();
		assertThat(again).isEqualTo(generated);
	}

	@Test
	void everyComponentSchemaHasAType() {
		assertThat(generated.keySet()).contains("dev/reactiveai/openai/model/CreateChatCompletionRequest.java",
				"dev/reactiveai/openai/model/CreateChatCompletionResponse.java",
				"dev/reactiveai/openai/model/ChatCompletionRequestMessage.java",
				"dev/reactiveai/openai/model/ResponseStreamEvent.java");
		assertThat(generated).hasSizeGreaterThan(900);
	}

}
