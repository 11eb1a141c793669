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
 * The services and data types generated from a small description,
 * {@code src/test/resources/fixture} with its naming and builder shortcuts tables, are
 * the committed expected ones: a change to the service, naming or builder rules shows on
 * this example first. To accept a change, run this test with
 * {@code -Dfixture.update=true} and review the diff of {@code fixture/expected}.
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
		Map<String, String> inOrder = services(spec);
		Map<String, String> inReverse = services(reversed);
		// Types' Javadoc lists the operations that use them in the paths' order; their
		// names, and the services, do not depend on it.
		assertThat(inReverse.keySet()).isEqualTo(inOrder.keySet());
		inOrder.keySet().removeIf((path) -> path.contains("/types/"));
		assertThat(inReverse).containsAllEntriesOf(inOrder);
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
		assertThatIllegalStateException()
			.isThrownBy(() -> new Generator(spec, fixtureNames(), fixtureTypes()).generate())
			.withMessageContaining("Operation polishWidget (/widgets/{widget_id}/polish) takes its body only as "
					+ "[application/x-www-form-urlencoded]");
	}

	static JsonNode fixture() {
		return Generator.read(FIXTURE.resolve("openapi.json"));
	}

	@Test
	void typesAreNamedByTheTypeTableAndTheNamingRules() {
		Map<String, String> files = services(fixture());
		String types = Generator.CLIENT_SOURCES + "dev/reactiveai/openai/types/";
		// "The gadget object" named GadgetObject, accepted in the table; Gadget-2 renamed
		// there.
		assertThat(files).containsKeys(types + "Gadget.java", types + "GadgetSummary.java")
			.doesNotContainKeys(types + "GadgetObject.java", types + "Gadget2.java");
		// A list's items are named in the singular; an alias's inline union is one shared
		// top-level type, not a nested type in each record that uses it.
		assertThat(files.get(types + "Gadget.java")).contains("record Part(", "sealed interface ToolCall ")
			.contains("List<GadgetCall> calls")
			.doesNotContain("PartsItem", "ToolCallsItem", "interface GadgetCall");
		assertThat(files).containsKey(types + "GadgetCall.java");
		assertThat(files.get(types + "GadgetSummary.java")).contains("List<GadgetCall> calls");
		assertThat(String.join("\n", files.values())).doesNotContainPattern("(class|record|interface) [A-Za-z]*[0-9] ");
	}

	static TypeNames fixtureTypes() {
		try {
			return TypeNames.parse(Files.readString(FIXTURE.resolve("types.tsv")), "fixture/types.tsv");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
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

	/** The generated files, services and types, by path below the source roots. */
	private static Map<String, String> services(JsonNode spec) {
		return new TreeMap<>(generated(spec));
	}

	/** The generated files, by path below the source roots. */
	private static Map<String, String> generated(JsonNode spec) {
		return new Generator(spec, fixtureNames(), fixtureTypes(), fixtureShortcuts()).generate();
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
