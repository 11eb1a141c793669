package dev.reactiveai.openai.json;

import java.util.List;

import dev.reactiveai.openai.types.ChatCompletionChunk;
import dev.reactiveai.openai.types.ChatCompletionMessageToolCallChunk;
import dev.reactiveai.openai.types.RealtimeConversationItem;
import dev.reactiveai.openai.types.RealtimeConversationItemFunctionCall;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageUser;
import dev.reactiveai.openai.types.RealtimeServerEvent;
import dev.reactiveai.openai.types.RealtimeServerEventConversationItemAdded;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value read and written back is the JSON that came: constants and defaults of the API
 * description are not added where the answer left them out.
 */
class FaithfulRoundTripTests {

	private final JsonMapper mapper = OpenAiJson.mapper();

	@Test
	void streamedToolCallDeltasWithoutTypeAreWrittenBackWithoutIt() {
		// Only the first delta of a tool call carries its id, type and name.
		String first = chunk("""
				{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":""}}""");
		String next = chunk("""
				{"index":0,"function":{"arguments":"{\\"city\\":"}}""");
		assertWrittenBackAsItCame(first, ChatCompletionChunk.class);
		ChatCompletionChunk response = assertWrittenBackAsItCame(next, ChatCompletionChunk.class);
		ChatCompletionMessageToolCallChunk toolCall = response.choices().get(0).delta().toolCalls().get(0);
		assertThat(toolCall.type()).isNull();
		assertThat(toolCall.function().arguments()).isEqualTo("{\"city\":");
	}

	@Test
	void realtimeItemsWithoutObjectAreWrittenBackWithoutIt() {
		String message = """
				{"id":"item_1","type":"message","status":"completed","role":"user",
				 "content":[{"type":"input_text","text":"Hello."}]}""";
		RealtimeConversationItem item = assertWrittenBackAsItCame(message, RealtimeConversationItem.class);
		assertThat(item).isInstanceOfSatisfying(RealtimeConversationItemMessageUser.class,
				(user) -> assertThat(user.object()).isNull());
		String functionCall = """
				{"id":"item_2","type":"function_call","status":"completed","call_id":"call_1",
				 "name":"get_weather","arguments":"{}"}""";
		assertThat(assertWrittenBackAsItCame(functionCall, RealtimeConversationItem.class))
			.isInstanceOf(RealtimeConversationItemFunctionCall.class);
		String event = """
				{"type":"conversation.item.added","event_id":"event_1","previous_item_id":"item_0","item":%s}"""
			.formatted(message);
		assertThat(assertWrittenBackAsItCame(event, RealtimeServerEvent.class))
			.isInstanceOf(RealtimeServerEventConversationItemAdded.class);
	}

	@Test
	void valuesBuiltFromScratchHaveTheirConstants() {
		ChatCompletionMessageToolCallChunk built = ChatCompletionMessageToolCallChunk.builder().index(0L).build();
		assertThat(built.type()).isEqualTo("function");
		RealtimeConversationItemMessageUser user = RealtimeConversationItemMessageUser.builder()
			.content(List.of())
			.build();
		assertThat(user.type()).isEqualTo("message");
		assertThat(user.role()).isEqualTo("user");
		assertThat(user.object()).isEqualTo("realtime.item");
	}

	@Test
	void aCopyOfAValueReadKeepsItsConstantsAbsent() {
		String message = "{\"type\":\"message\",\"role\":\"user\",\"content\":[]}";
		RealtimeConversationItemMessageUser read = (RealtimeConversationItemMessageUser) this.mapper.readValue(message,
				RealtimeConversationItem.class);
		RealtimeConversationItemMessageUser copy = read.toBuilder().id("item_1").build();
		assertThat(copy.object()).isNull();
		assertThat(tree(copy)).isEqualTo(
				this.mapper.readTree("{\"id\":\"item_1\",\"type\":\"message\",\"role\":\"user\",\"content\":[]}"));
	}

	private static String chunk(String toolCall) {
		return """
				{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o",
				 "choices":[{"index":0,"delta":{"tool_calls":[%s]}}]}""".formatted(toolCall);
	}

	private <T> T assertWrittenBackAsItCame(String json, Class<T> type) {
		T value = this.mapper.readValue(json, type);
		JsonNode written = tree(value);
		assertThat(written).isEqualTo(this.mapper.readTree(json));
		return value;
	}

	/** The JSON a value is written as, numbers read back as from an answer. */
	private JsonNode tree(@Nullable Object value) {
		return this.mapper.readTree(this.mapper.writeValueAsString(value));
	}

}
