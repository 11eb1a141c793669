package dev.reactiveai.openai.generator;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The type naming table: the committed one fits the committed description, and a table
 * that does not fit its description fails generation saying which line to change.
 */
class TypeNamesTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final String COMPONENTS = """
			{
			  "RunObject": { "type": "object", "x-oaiMeta": { "name": "The run object" } },
			  "ThreadObject": { "type": "object", "x-oaiMeta": { "name": "The thread object" } },
			  "MessageObject": { "type": "object", "x-oaiMeta": { "name": "The message object" } },
			  "Message": { "type": "object" },
			  "SessionA": { "type": "object", "x-oaiMeta": { "name": "The session object" } },
			  "SessionB": { "type": "object", "x-oaiMeta": { "name": "The session object" } },
			  "Batch": { "type": "object", "x-oaiMeta": { "name": "The batch object" } },
			  "Event": { "type": "object", "x-oaiMeta": { "name": "response.created" } },
			  "Error-2": { "type": "object" }
			}
			""";

	@Test
	void theCommittedTableNamesTheCommittedDescriptionsTypes() {
		JsonNode spec = Generator.read(ROOT.resolve("spec/openai-openapi.json"));
		Map<String, String> names = TypeNames.load().resolve(new Schemas(spec).components());
		assertThat(names).containsEntry("CreateChatCompletionResponse", "ChatCompletion")
			.containsEntry("CreateChatCompletionStreamResponse", "ChatCompletionChunk")
			.containsEntry("AssistantObject", "Assistant")
			.containsEntry("RunObject", "Run")
			.containsEntry("VectorStoreObject", "VectorStore")
			.containsEntry("ThreadObject", "ThreadObject")
			.containsEntry("Response", "Response");
		assertThat(names.values()).doesNotHaveDuplicates().noneMatch((name) -> name.matches(".*[0-9]"));
	}

	@Test
	void objectNamesSuggestTypeNamesOnlyWhereUnambiguous() {
		assertThat(TypeNames.suggestions(components())).containsExactly(Map.entry("RunObject", "Run"));
		assertThat(TypeNames.objectName("The admin API key object")).isEqualTo("AdminApiKey");
		assertThat(TypeNames.objectName("The transcription object (JSON)")).isNull();
		assertThat(TypeNames.objectName("response.created")).isNull();
	}

	@Test
	void aTableFittingItsDescriptionRenamesWhatItSays() {
		TypeNames table = TypeNames.parse("Error-2\tVideoError\nRunObject\tRun\n", "a table");
		assertThat(table.resolve(components())).containsEntry("Error-2", "VideoError")
			.containsEntry("RunObject", "Run")
			.containsEntry("ThreadObject", "ThreadObject")
			.containsEntry("Batch", "Batch");
	}

	@Test
	void aLineForAComponentTheDescriptionLacksFailsNamingIt() {
		TypeNames table = TypeNames.parse("Error-2\tVideoError\nGone\tGoneType\nRunObject\tRun\n", "a table");
		assertThatIllegalStateException().isThrownBy(() -> table.resolve(components()))
			.withMessageContaining("a table needs changes")
			.withMessageContaining("line 2 names Gone, which the description does not have");
	}

	@Test
	void twoTypesWithOneNameFailNamingBoth() {
		TypeNames table = TypeNames.parse("Error-2\tMessage\nRunObject\tRun\n", "a table");
		assertThatIllegalStateException().isThrownBy(() -> table.resolve(components()))
			.withMessageContaining("Message and Error-2 would both be named Message");
	}

	@Test
	void aNameEndingInADigitFailsSayingWhatToAdd() {
		TypeNames table = TypeNames.parse("RunObject\tRun\n", "a table");
		assertThatIllegalStateException().isThrownBy(() -> table.resolve(components()))
			.withMessageContaining("Error-2 would be named Error2, which ends in a digit; add a line 'Error-2<TAB>");
	}

	@Test
	void anUnreviewedSuggestionFailsNamingTheLinesToAdd() {
		TypeNames table = TypeNames.parse("Error-2\tVideoError\n", "a table");
		assertThatIllegalStateException().isThrownBy(() -> table.resolve(components()))
			.withMessageContaining("RunObject is \"The run object\" in the API reference: add the line "
					+ "'RunObject<TAB>Run' to use that name, or 'RunObject<TAB>RunObject' to keep its own");
	}

	@Test
	void malformedUnsortedOrDuplicateLinesFailNamingThem() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TypeNames.parse("RunObject\tRun\nError-2\tError2\nError-2\tThread\nBatch\n", "a table"))
			.withMessageContaining("line 2 (Error-2) comes after RunObject; keep the lines sorted")
			.withMessageContaining("line 2 names Error-2's type 'Error2'; write a PascalCase Java name that does "
					+ "not end in a digit")
			.withMessageContaining("line 3 names Error-2's type Thread, which java.lang has already")
			.withMessageContaining("line 3 names Error-2 again (line 2)")
			.withMessageContaining("line 4 has 1 columns");
	}

	@Test
	void aLineThatKeepsANameNothingSuggestsChangingFails() {
		TypeNames table = TypeNames.parse("Batch\tBatch\nError-2\tVideoError\nRunObject\tRun\n", "a table");
		assertThatIllegalStateException().isThrownBy(() -> table.resolve(components()))
			.withMessageContaining("line 1 keeps Batch's name, which nothing suggests changing; remove the line");
	}

	private static JsonNode components() {
		return JsonMapper.builder().build().readTree(COMPONENTS);
	}

}
