package dev.reactiveai.openai.core.internal;

import java.util.Map;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ErrorMembers} clears an event of reporting an error only when its value shows
 * that the JSON had neither a top-level {@code error} nor a top-level {@code type}.
 */
class ErrorMembersTests {

	private static final JsonMapper MAPPER = OpenAiJson.mapper();

	private static final String CHUNK = "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
			+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"an \\\"error\\\"\"},\"finish_reason\":null}]";

	@Test
	void aChunkWithoutErrorOrTypeMembersIsCleared() {
		assertThat(ErrorMembers.certainlyNoneIn(chunk(CHUNK + "}"))).isTrue();
		assertThat(ErrorMembers.certainlyNoneIn(chunk(CHUNK + ",\"obfuscation\":\"q8Yz\"}"))).isTrue();
	}

	@Test
	void aChunkWithAnErrorOrTypeMemberIsNot() {
		assertThat(ErrorMembers.certainlyNoneIn(chunk(CHUNK + ",\"error\":{\"message\":\"m\"}}"))).isFalse();
		assertThat(ErrorMembers.certainlyNoneIn(chunk(CHUNK + ",\"error\":null}"))).isFalse();
		assertThat(ErrorMembers.certainlyNoneIn(chunk(CHUNK + ",\"type\":\"error\"}"))).isFalse();
		assertThat(ErrorMembers.certainlyNoneIn(chunk("{\"error\":{\"message\":\"m\"}}"))).isFalse();
	}

	@Test
	void aTypedEventIsClearedByItsTypeUnlessThatIsError() {
		assertThat(ErrorMembers.certainlyNoneIn(event("{\"type\":\"response.output_text.delta\",\"sequence_number\":1,"
				+ "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"a\",\"logprobs\":[]}")))
			.isTrue();
		assertThat(ErrorMembers.certainlyNoneIn(event("{\"type\":\"response.output_text.delta\",\"sequence_number\":1,"
				+ "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"a\",\"logprobs\":[],"
				+ "\"error\":{\"message\":\"m\"}}")))
			.isFalse();
		assertThat(ErrorMembers.certainlyNoneIn(
				event("{\"type\":\"error\",\"code\":\"c\",\"message\":\"m\",\"param\":null,\"sequence_number\":1}")))
			.isFalse();
		assertThat(ErrorMembers.certainlyNoneIn(event("{\"type\":\"response.future_event\",\"sequence_number\":1}")))
			.isFalse();
	}

	@Test
	void valuesThatAreNoRecordsAreNot() {
		assertThat(ErrorMembers.certainlyNoneIn(Map.of("id", "c"))).isFalse();
		assertThat(ErrorMembers.certainlyNoneIn("text")).isFalse();
	}

	private static ResponseStreamEvent event(String json) {
		return MAPPER.readValue(json, ResponseStreamEvent.class);
	}

	private static ChatCompletionChunk chunk(String json) {
		return MAPPER.readValue(json, ChatCompletionChunk.class);
	}

}
