package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

	private static final Path SOURCES = ROOT.resolve(Generator.CLIENT_SOURCES);

	private static final Map<String, String> generated = Generator.forSpec(ROOT.resolve("spec/openai-openapi.json"))
		.generate();

	@Test
	void committedSourcesMatchTheGenerator() throws IOException {
		List<String> stale = new ArrayList<>();
		for (Map.Entry<String, String> file : generated.entrySet()) {
			Path committed = ROOT.resolve(file.getKey());
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
	void generatedPackagesHoldNothingElse() throws IOException {
		Set<Path> directories = new TreeSet<>();
		generated.keySet()
			.stream()
			.filter((file) -> file.startsWith(Generator.CLIENT_SOURCES))
			.forEach((file) -> directories.add(ROOT.resolve(file).getParent()));
		directories.remove(SOURCES.resolve("dev/reactiveai/openai"));
		List<String> extra = new ArrayList<>();
		for (Path directory : directories) {
			try (Stream<Path> files = Files.list(directory)) {
				files.filter(Files::isRegularFile)
					.map((file) -> ROOT.relativize(file).toString().replace('\\', '/'))
					.filter((file) -> !generated.containsKey(file))
					.forEach(extra::add);
			}
		}
		assertThat(extra).as("Files in generated packages that the generator does not make").isEmpty();
	}

	@Test
	void generationIsDeterministic() {
		Map<String, String> again = Generator.forSpec(ROOT.resolve("spec/openai-openapi.json")).generate();
		assertThat(again).isEqualTo(generated);
	}

	@Test
	void everyComponentSchemaHasAType() {
		String model = Generator.CLIENT_SOURCES + "dev/reactiveai/openai/types/";
		assertThat(generated.keySet()).contains(model + "CreateChatCompletionRequest.java",
				model + "ChatCompletion.java", model + "ChatCompletionRequestMessage.java",
				model + "ResponseStreamEvent.java",
				Generator.CLIENT_SOURCES + "dev/reactiveai/openai/OpenAiServices.java",
				Generator.AUTOCONFIGURE_SOURCES + "dev/reactiveai/openai/autoconfigure/OpenAiServiceBeans.java");
		assertThat(generated).hasSizeGreaterThan(900);
	}

}
