package dev.reactiveai.openai.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.types.ChatCompletionChunk;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The unknown properties a record keeps are unmodifiable, in the order they came, equal
 * to any map of the same entries, and not shared with whoever created the record, whether
 * it was read or built.
 */
class AdditionalPropertiesTests {

	private static final String CHUNK = """
			{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"m",
			 "choices":[],"obfuscation":"q8Yz","zeta":null,"alpha":{"nested":[1,2]}}""";

	private final JsonMapper mapper = OpenAiJson.mapper();

	@Test
	void readPropertiesKeepTheirOrderAndNullsAndEqualAPlainMap() {
		ChatCompletionChunk chunk = this.mapper.readValue(CHUNK, ChatCompletionChunk.class);
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("obfuscation", "q8Yz");
		expected.put("zeta", null);
		expected.put("alpha", Map.of("nested", List.of(1, 2)));
		assertThat(chunk.additionalProperties()).containsExactlyEntriesOf(expected)
			.isEqualTo(expected)
			.hasSameHashCodeAs(expected);
		assertThat(chunk.additionalProperties().toString()).isEqualTo(expected.toString());
	}

	@Test
	void manyReadPropertiesKeepTheirOrderAndTheLastOfARepeatedNameCountsInTheFirstPlace() {
		for (int count : new int[] { 1, 7, 8, 9, 40 }) {
			StringBuilder json = new StringBuilder("{\"id\":\"c\",\"choices\":[]");
			Map<String, Object> expected = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				json.append(",\"p").append(i).append("\":").append(i);
				expected.put("p" + i, i);
			}
			json.append(",\"p0\":\"again\"}");
			expected.put("p0", "again");
			Map<String, Object> properties = this.mapper.readValue(json.toString(), ChatCompletionChunk.class)
				.additionalProperties();
			assertThat(properties).as("%d properties", count)
				.containsExactlyEntriesOf(expected)
				.isEqualTo(expected)
				.hasSameHashCodeAs(expected)
				.containsEntry("p" + (count - 1), (count == 1) ? "again" : count - 1)
				.doesNotContainKey("absent");
			assertThat(properties.get("p0")).isEqualTo("again");
			assertThat(properties.toString()).isEqualTo(expected.toString());
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> properties.values().remove("again"));
		}
	}

	@Test
	void readPropertiesCannotBeChanged() {
		ChatCompletionChunk chunk = this.mapper.readValue(CHUNK, ChatCompletionChunk.class);
		Map<String, Object> properties = chunk.additionalProperties();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> properties.put("x", 1));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> properties.remove("zeta"));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(properties::clear);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> properties.entrySet().iterator().next().setValue("changed"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> properties.keySet().remove("obfuscation"));
		assertThat(properties).containsEntry("obfuscation", "q8Yz").hasSize(3);
	}

	@Test
	void readPropertiesAreWrittenBackAsTheyCame() {
		ChatCompletionChunk chunk = this.mapper.readValue(CHUNK, ChatCompletionChunk.class);
		assertThat(this.mapper.readTree(this.mapper.writeValueAsString(chunk))).isEqualTo(this.mapper.readTree(CHUNK));
	}

	@Test
	void aRecordCreatedWithAMapKeepsACopyOfIt() {
		Map<String, Object> given = new LinkedHashMap<>();
		given.put("obfuscation", "q8Yz");
		ChatCompletionChunk chunk = new ChatCompletionChunk("chatcmpl-1", List.of(), 1L, "m", null, null,
				"chat.completion.chunk", null, given);
		given.put("later", true);
		assertThat(chunk.additionalProperties()).containsExactly(Map.entry("obfuscation", "q8Yz"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> chunk.additionalProperties().put("x", 1));
	}

	@Test
	void aRecordReadAndCopiedIntoAnotherKeepsTheSameEntries() {
		ChatCompletionChunk chunk = this.mapper.readValue(CHUNK, ChatCompletionChunk.class);
		ChatCompletionChunk copy = chunk.toBuilder().build();
		assertThat(copy).isEqualTo(chunk);
		assertThat(copy.additionalProperties()).isEqualTo(chunk.additionalProperties());
	}

}
