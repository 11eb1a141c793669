package dev.reactiveai.openai.conformance;

import java.io.IOException;
import java.util.Map;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.AssistantsApiToolChoiceOption;
import dev.reactiveai.openai.types.Batch;
import dev.reactiveai.openai.types.ChatCompletion;
import dev.reactiveai.openai.types.ChatCompletionToolCall;
import dev.reactiveai.openai.types.OutputItem;
import dev.reactiveai.openai.types.OutputMessage;
import dev.reactiveai.openai.types.Response;
import dev.reactiveai.openai.types.Run;
import dev.reactiveai.openai.types.VectorStoreFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newer API never breaks the client, and nothing it sends is lost (docs/reliability.md,
 * case 14): real example responses of the API description, with an unknown property at
 * the top and nested, an unknown value of an enum and an unknown variant of a union, are
 * read, keep the raw values, and are written back with them.
 */
class ForwardCompatibilityTests {

	private static final String UNKNOWN_PROPERTY = "brand_new_property";

	private final JsonMapper mapper = OpenAiJson.mapper();

	@Test
	void chatCompletionKeepsWhatItDoesNotKnow() throws IOException {
		ObjectNode json = example("createChatCompletion", "Default");
		json.set(UNKNOWN_PROPERTY, unknownValue());
		ObjectNode choice = (ObjectNode) json.get("choices").get(0);
		choice.put("finish_reason", "brand_new_reason");
		ObjectNode message = (ObjectNode) choice.get("message");
		message.put(UNKNOWN_PROPERTY, "nested");
		ObjectNode toolCall = unknownVariant("brand_new_tool_call");
		message.set("tool_calls", this.mapper.createArrayNode().add(toolCall));
		ChatCompletion response = read(json, ChatCompletion.class);
		assertThat(unknownProperty(response.additionalProperties())).isEqualTo(unknownValue());
		ChatCompletion.Choice readChoice = response.choices().get(0);
		assertThat(readChoice.finishReason().isKnown()).isFalse();
		assertThat(readChoice.finishReason().value()).isEqualTo("brand_new_reason");
		assertThat(readChoice.message().additionalProperties()).containsEntry(UNKNOWN_PROPERTY, "nested");
		assertThat(readChoice.message().toolCalls()).singleElement()
			.isInstanceOfSatisfying(ChatCompletionToolCall.Unknown.class,
					(unknown) -> assertThat(unknown.json()).isEqualTo(toolCall));
		assertWrittenBack(response, json);
	}

	@Test
	void responseKeepsWhatItDoesNotKnow() throws IOException {
		ObjectNode json = example("createResponse", "Text input");
		json.set(UNKNOWN_PROPERTY, unknownValue());
		json.put("status", "brand_new_status");
		ArrayNode output = (ArrayNode) json.get("output");
		((ObjectNode) output.get(0)).put(UNKNOWN_PROPERTY, "nested");
		ObjectNode item = unknownVariant("brand_new_item");
		output.add(item);
		Response response = read(json, Response.class);
		assertThat(unknownProperty(response.additionalProperties())).isEqualTo(unknownValue());
		assertThat(response.status().isKnown()).isFalse();
		assertThat(response.status().value()).isEqualTo("brand_new_status");
		assertThat(response.output()).hasSize(2);
		assertThat(response.output().get(0)).isInstanceOfSatisfying(OutputMessage.class,
				(message) -> assertThat(message.additionalProperties()).containsEntry(UNKNOWN_PROPERTY, "nested"));
		assertThat(response.output().get(1)).isInstanceOfSatisfying(OutputItem.Unknown.class,
				(unknown) -> assertThat(unknown.json()).isEqualTo(item));
		assertWrittenBack(response, json);
	}

	@Test
	void vectorStoreFileKeepsWhatItDoesNotKnow() throws IOException {
		ObjectNode json = example("getVectorStoreFile", null);
		json.set(UNKNOWN_PROPERTY, unknownValue());
		json.put("status", "brand_new_status");
		ObjectNode lastError = json.putObject("last_error");
		lastError.put("code", "brand_new_code");
		lastError.put("message", "Something new went wrong");
		lastError.put(UNKNOWN_PROPERTY, "nested");
		ObjectNode chunkingStrategy = unknownVariant("brand_new_strategy");
		json.set("chunking_strategy", chunkingStrategy);
		VectorStoreFile file = read(json, VectorStoreFile.class);
		assertThat(unknownProperty(file.additionalProperties())).isEqualTo(unknownValue());
		assertThat(file.status().isKnown()).isFalse();
		assertThat(file.status().value()).isEqualTo("brand_new_status");
		assertThat(file.lastError()).isNotNull();
		assertThat(file.lastError().code().isKnown()).isFalse();
		assertThat(file.lastError().code().value()).isEqualTo("brand_new_code");
		assertThat(file.lastError().additionalProperties()).containsEntry(UNKNOWN_PROPERTY, "nested");
		assertThat(file.chunkingStrategy()).isInstanceOfSatisfying(VectorStoreFile.ChunkingStrategy.Unknown.class,
				(unknown) -> assertThat(unknown.json()).isEqualTo(chunkingStrategy));
		assertWrittenBack(file, json);
	}

	@Test
	void batchKeepsWhatItDoesNotKnow() throws IOException {
		// A Batch has no union-typed property: the unknown variant is left out
		ObjectNode json = example("retrieveBatch", null);
		json.set(UNKNOWN_PROPERTY, unknownValue());
		json.put("status", "brand_new_status");
		((ObjectNode) json.get("request_counts")).put(UNKNOWN_PROPERTY, "nested");
		Batch batch = read(json, Batch.class);
		assertThat(unknownProperty(batch.additionalProperties())).isEqualTo(unknownValue());
		assertThat(batch.status().isKnown()).isFalse();
		assertThat(batch.status().value()).isEqualTo("brand_new_status");
		assertThat(batch.requestCounts()).isNotNull();
		assertThat(batch.requestCounts().additionalProperties()).containsEntry(UNKNOWN_PROPERTY, "nested");
		assertWrittenBack(batch, json);
	}

	@Test
	void runKeepsWhatItDoesNotKnow() throws IOException {
		ObjectNode json = example("getRun", null);
		json.set(UNKNOWN_PROPERTY, unknownValue());
		json.put("status", "brand_new_status");
		ObjectNode truncationStrategy = (ObjectNode) json.get("truncation_strategy");
		truncationStrategy.put("type", "brand_new_truncation");
		truncationStrategy.put(UNKNOWN_PROPERTY, "nested");
		ObjectNode tool = unknownVariant("brand_new_tool");
		((ArrayNode) json.get("tools")).add(tool);
		Run run = read(json, Run.class);
		assertThat(unknownProperty(run.additionalProperties())).isEqualTo(unknownValue());
		assertThat(run.status().isKnown()).isFalse();
		assertThat(run.status().value()).isEqualTo("brand_new_status");
		assertThat(run.truncationStrategy().type().isKnown()).isFalse();
		assertThat(run.truncationStrategy().type().value()).isEqualTo("brand_new_truncation");
		assertThat(run.truncationStrategy().additionalProperties()).containsEntry(UNKNOWN_PROPERTY, "nested");
		assertThat(run.toolChoice()).isNotInstanceOf(AssistantsApiToolChoiceOption.Unknown.class);
		assertThat(run.tools()).hasSize(2);
		assertThat(run.tools().get(1)).isInstanceOfSatisfying(Run.Tool.Unknown.class,
				(unknown) -> assertThat(unknown.json()).isEqualTo(tool));
		assertWrittenBack(run, json);
	}

	private ObjectNode example(String operationId, String title) throws IOException {
		return (ObjectNode) this.mapper.readTree(SpecExamples.find(operationId, title).json());
	}

	private ObjectNode unknownValue() {
		ObjectNode value = this.mapper.createObjectNode();
		value.putArray("nested").add(1).add(2.5);
		value.putObject("deeper").put("flag", true).putNull("nothing");
		return value;
	}

	private ObjectNode unknownVariant(String type) {
		ObjectNode variant = this.mapper.createObjectNode();
		variant.put("type", type);
		variant.put("id", "new_123");
		variant.set("payload", unknownValue());
		return variant;
	}

	private JsonNode unknownProperty(Map<String, Object> additionalProperties) {
		assertThat(additionalProperties).containsKey(UNKNOWN_PROPERTY);
		return this.mapper.valueToTree(additionalProperties.get(UNKNOWN_PROPERTY));
	}

	private <T> T read(JsonNode json, Class<T> type) {
		return this.mapper.readValue(json.toString(), type);
	}

	private void assertWrittenBack(Object value, ObjectNode json) {
		JsonNode written = this.mapper.valueToTree(value);
		assertThat(JsonRoundTrip.differences(json, written)).isEmpty();
		assertThat(written.get(UNKNOWN_PROPERTY)).isEqualTo(unknownValue());
	}

}
