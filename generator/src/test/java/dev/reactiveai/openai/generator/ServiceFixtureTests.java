package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The services and models generated from a small description,
 * {@code src/test/resources/fixture}, with its naming and builder shortcuts tables, are
 * the committed expected ones: a change to the service or builder rules shows on this
 * example first. To accept a change, run this test with {@code -Dfixture.update=true} and
 * review the diff of {@code fixture/expected}.
 */
class ServiceFixtureTests {

	static final Path FIXTURE = Path.of("src/test/resources/fixture");

	private static final Path EXPECTED = FIXTURE.resolve("expected");

	@Test
	void generatedFilesAreTheExpectedOnes() throws IOException {
		Map<String, String> services = generated(fixture());
		if (Boolean.getBoolean("fixture.update")) {
			write(services);
		}
		Map<String, String> expected = new TreeMap<>();
		try (Stream<Path> files = Files.walk(EXPECTED)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				expected.put(EXPECTED.relativize(file).toString().replace('\\', '/'),
						Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		assertThat(services.keySet()).as("generated files").isEqualTo(expected.keySet());
		List<String> differing = new ArrayList<>();
		services.forEach((path, content) -> {
			if (!content.equals(expected.get(path))) {
				differing.add(path);
			}
		});
		assertThat(differing)
			.as("Files that differ from %s; rerun with -Dfixture.update=true to accept the change, then review it",
					EXPECTED)
			.isEmpty();
	}

	@Test
	void namesDoNotDependOnTheOrderOfThePaths() {
		JsonNode spec = fixture();
		ObjectNode reversed = (ObjectNode) spec.deepCopy();
		ObjectNode paths = reversed.putObject("paths");
		List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(spec.path("paths").properties());
		for (int i = entries.size() - 1; i >= 0; i--) {
			paths.set(entries.get(i).getKey(), entries.get(i).getValue());
		}
		// Models list the operations that use them in the description's order: services
		// only.
		assertThat(services(reversed)).isEqualTo(services(spec));
	}

	@Test
	void aBodyTheClientCannotSendFailsGenerationNamingTheOperation() {
		ObjectNode spec = (ObjectNode) fixture().deepCopy();
		ObjectNode content = (ObjectNode) spec.path("paths")
			.path("/widgets/{widget_id}/polish")
			.path("post")
			.path("requestBody")
			.path("content");
		content.set("application/x-www-form-urlencoded", content.remove("multipart/form-data"));
		assertThatIllegalStateException().isThrownBy(() -> new Generator(spec, fixtureNames()).generate())
			.withMessageContaining("Operation polishWidget (/widgets/{widget_id}/polish) takes its body only as "
					+ "[application/x-www-form-urlencoded]");
	}

	static JsonNode fixture() {
		return Generator.read(FIXTURE.resolve("openapi.json"));
	}

	static OperationNames fixtureNames() {
		try {
			return OperationNames.parse(Files.readString(FIXTURE.resolve("operations.tsv")), "fixture/operations.tsv");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static BuilderShortcuts fixtureShortcuts() {
		try {
			return BuilderShortcuts.parse(Files.readString(FIXTURE.resolve("builder-shortcuts.tsv")),
					"fixture/builder-shortcuts.tsv");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The generated files outside the model package, by path below the source roots. */
	private static Map<String, String> services(JsonNode spec) {
		Map<String, String> services = new TreeMap<>(generated(spec));
		services.keySet().removeIf((path) -> path.contains("/model/"));
		return services;
	}

	/** The generated files, by path below the source roots. */
	private static Map<String, String> generated(JsonNode spec) {
		return new Generator(spec, fixtureNames(), fixtureShortcuts()).generate();
	}

	private static void write(Map<String, String> services) throws IOException {
		if (Files.isDirectory(EXPECTED)) {
			try (Stream<Path> files = Files.walk(EXPECTED)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.delete(file);
				}
			}
		}
		for (Map.Entry<String, String> service : services.entrySet()) {
			Path target = EXPECTED.resolve(service.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, service.getValue(), StandardCharsets.UTF_8);
		}
	}

}
