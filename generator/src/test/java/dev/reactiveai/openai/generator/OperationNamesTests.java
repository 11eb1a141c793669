package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The naming table: the committed one names every operation of the committed description
 * exactly once, and a table that disagrees with its description fails generation with a
 * message that says what to change.
 */
class OperationNamesTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");

	@Test
	void everyOperationOfTheDescriptionHasExactlyOneLine() throws IOException {
		JsonNode spec = Generator.read(ROOT.resolve("spec/openai-openapi.json"));
		List<String> operationIds = new ArrayList<>();
		List<OperationNames.Described> described = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				if (HTTP_METHODS.contains(method.getKey())) {
					String operationId = method.getValue().path("operationId").asString();
					operationIds.add(operationId);
					described.add(new OperationNames.Described(operationId, method.getKey(), path.getKey()));
				}
			}
		}
		// Count the lines themselves, not what the parser keeps of them.
		Map<String, Integer> lines = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of("src/main/resources", OperationNames.RESOURCE),
				StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				lines.merge(line.split("\t")[0], 1, Integer::sum);
			}
		}
		assertThat(operationIds).hasSize(241).doesNotHaveDuplicates();
		assertThat(lines.keySet()).as("operations named in %s", OperationNames.SOURCE)
			.containsExactlyInAnyOrderElementsOf(operationIds);
		assertThat(lines).allSatisfy((operationId, count) -> assertThat(count).as(operationId).isOne());
		assertThat(OperationNames.load().resolve(described)).hasSize(241);
	}

	@Test
	void anOperationWithoutALineFailsNamingItAndTheLineToAdd() {
		String table = fixtureTable().replace("downloadWidget\twidgets\tcontent\n", "");
		assertThatIllegalStateException().isThrownBy(() -> generate(table))
			.withMessageContaining("fixture/operations.tsv")
			.withMessageContaining("operation downloadWidget (GET /widgets/{widget_id}/content) has no name")
			.withMessageContaining("add a line such as: downloadWidget<TAB>widgets.content<TAB>list");
	}

	@Test
	void aLineForAnOperationTheDescriptionLacksFails() {
		String table = fixtureTable() + "paintWidget\twidgets\tpaint\n";
		assertThatIllegalStateException().isThrownBy(() -> generate(table))
			.withMessageContaining("line 9 names paintWidget, which the API description does not have");
	}

	@Test
	void anOperationNamedTwiceFails() {
		String table = fixtureTable() + "getWidget\twidgets\tfetch\n";
		assertThatIllegalStateException().isThrownBy(() -> generate(table))
			.withMessageContaining("line 9 names getWidget again (line 4)");
	}

	@Test
	void twoOperationsWithOneMethodFail() {
		String table = fixtureTable().replace("polishWidget\twidgets\tpolish", "polishWidget\twidgets\tcreate");
		assertThatIllegalStateException().isThrownBy(() -> generate(table))
			.withMessageContaining("line 6 gives polishWidget the method widgets.create, which line 3 gives "
					+ "createWidget; rename one of them");
	}

	@Test
	void aDerivedMethodThatTakesAnotherOperationsNameFails() {
		// createWidget streams, so it has createStream already.
		String table = fixtureTable().replace("polishWidget\twidgets\tpolish", "polishWidget\twidgets\tcreateStream");
		assertThatIllegalStateException().isThrownBy(() -> generate(table))
			.withMessageContaining("widgets.createStream would be a method of both createWidget (line 3) and "
					+ "polishWidget (line 6)");
	}

	@Test
	void aMethodNamedLikeASubServiceFails() {
		String table = fixtureTable().replace("polishWidget\twidgets\tpolish", "polishWidget\twidgets\tusage");
		assertThatIllegalStateException().isThrownBy(() -> generate(table))
			.withMessageContaining("line 6 gives polishWidget the method usage on widgets, which is also the "
					+ "accessor of a sub-service there");
	}

	@Test
	void malformedLinesFailWithTheirLineNumber() {
		String table = fixtureTable().replace("getWidget\twidgets\tretrieve", "getWidget\twidgets")
			.replace("deleteWidget\twidgets\tdelete", "deleteWidget\tWidgets\tdelete")
			.replace("polishWidget\twidgets\tpolish", "polishWidget\twidgets\tnew");
		assertThatIllegalStateException().isThrownBy(() -> generate(table))
			.withMessageContaining("line 4 has 2 columns; write operationId, accessor path and method")
			.withMessageContaining("line 5 gives deleteWidget the accessor 'Widgets'; write a camelCase Java name")
			.withMessageContaining("line 6 gives polishWidget the method 'new'");
	}

	@Test
	void aMethodTheServiceHasAlreadyIsRefused() {
		String table = fixtureTable().replace("polishWidget\twidgets\tpolish", "polishWidget\twidgets\twithOptions");
		assertThatIllegalStateException().isThrownBy(() -> generate(table))
			.withMessageContaining("line 6 names polishWidget's method withOptions, which every service has");
	}

	@Test
	void suggestionsFollowThePath() {
		assertThat(suggestion("post", "/batches/{batch_id}/cancel")).isEqualTo("op<TAB>batches<TAB>cancel");
		assertThat(suggestion("get", "/vector_stores/{vector_store_id}/files"))
			.isEqualTo("op<TAB>vectorStores.files<TAB>list");
		assertThat(suggestion("get", "/vector_stores/{vector_store_id}/files/{file_id}"))
			.isEqualTo("op<TAB>vectorStores.files<TAB>retrieve");
		assertThat(suggestion("post", "/threads/runs")).isEqualTo("op<TAB>threads.runs<TAB>create");
		assertThat(suggestion("delete", "/models/{model}")).isEqualTo("op<TAB>models<TAB>delete");
	}

	private static String suggestion(String method, String path) {
		return OperationNames.suggestion(new OperationNames.Described("op", method, path));
	}

	private static String fixtureTable() {
		try {
			return Files.readString(ServiceFixtureTests.FIXTURE.resolve("operations.tsv"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> generate(String table) {
		return new Generator(ServiceFixtureTests.fixture(), OperationNames.parse(table, "fixture/operations.tsv"),
				ServiceFixtureTests.fixtureTypes())
			.generate();
	}

}
