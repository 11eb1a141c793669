package dev.reactiveai.openai.json;

import dev.reactiveai.openai.types.EasyInputMessage;
import dev.reactiveai.openai.types.InputItem;
import dev.reactiveai.openai.types.InputMessage;
import dev.reactiveai.openai.types.OutputMessage;
import dev.reactiveai.openai.types.OutputTextContent;
import dev.reactiveai.openai.types.RealtimeConversationItem;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageAssistant;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageSystem;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unions whose variants share a discriminator value are told apart by their other
 * properties, with the table the generator writes for each union.
 */
class UnionVariantTableTests {

	private final JsonMapper mapper = OpenAiJson.mapper();

	@ParameterizedTest
	@CsvSource({ "system, input_text, RealtimeConversationItemMessageSystem",
			"user, input_text, RealtimeConversationItemMessageUser",
			"assistant, output_text, RealtimeConversationItemMessageAssistant" })
	void realtimeMessageReadsAsTheVariantItsRoleSays(String role, String contentType, String variant) {
		String json = """
				{"id":"item_1","object":"realtime.item","type":"message","status":"completed","role":"%s",
				 "content":[{"type":"%s","text":"Hello."}]}
				""".formatted(role, contentType);
		RealtimeConversationItem item = this.mapper.readValue(json, RealtimeConversationItem.class);
		assertThat(item.getClass().getSimpleName()).isEqualTo(variant);
		assertThat(tree(item)).isEqualTo(this.mapper.readTree(json));
	}

	@Test
	void realtimeMessageRolesKeepTheirContent() {
		String user = "{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Hi\"}]}";
		assertThat(this.mapper.readValue(user, RealtimeConversationItem.class)).isInstanceOfSatisfying(
				RealtimeConversationItemMessageUser.class, (message) -> assertThat(message.content()).singleElement()
					.satisfies((content) -> assertThat(content.text()).isEqualTo("Hi")));
		String assistant = "{\"type\":\"message\",\"role\":\"assistant\","
				+ "\"content\":[{\"type\":\"output_text\",\"text\":\"Hello\"}]}";
		assertThat(this.mapper.readValue(assistant, RealtimeConversationItem.class))
			.isInstanceOf(RealtimeConversationItemMessageAssistant.class)
			.isNotInstanceOf(RealtimeConversationItemMessageSystem.class);
	}

	@Test
	void assistantOutputMessagePassedBackAsInputReadsAsTheOutputMessage() {
		String json = """
				{"id":"msg_1","type":"message","status":"completed","role":"assistant",
				 "content":[{"type":"output_text","text":"Paris.","annotations":[],"logprobs":[]}]}
				""";
		InputItem item = this.mapper.readValue(json, InputItem.class);
		assertThat(item).isInstanceOfSatisfying(OutputMessage.class, (message) -> {
			assertThat(message.id()).isEqualTo("msg_1");
			assertThat(message.status()).isEqualTo(OutputMessage.Status.COMPLETED);
			assertThat(message.content()).singleElement()
				.isInstanceOfSatisfying(OutputTextContent.class, (text) -> assertThat(text.text()).isEqualTo("Paris."));
		});
		assertThat(tree(item)).isEqualTo(this.mapper.readTree(json));
	}

	@Test
	void userMessageWithTypeStillReadsAsTheEasyInputMessage() {
		String json = "{\"type\":\"message\",\"role\":\"user\",\"content\":\"What is the capital of France?\"}";
		assertThat(this.mapper.readValue(json, InputItem.class)).isInstanceOf(EasyInputMessage.class);
	}

	@Test
	void inputMessageWithStatusReadsAsTheInputMessage() {
		String json = "{\"type\":\"message\",\"role\":\"developer\",\"status\":\"completed\","
				+ "\"content\":[{\"type\":\"input_text\",\"text\":\"Be brief.\"}]}";
		assertThat(this.mapper.readValue(json, InputItem.class)).isInstanceOf(InputMessage.class);
	}

	@Test
	void inputItemWithoutTypeReadsAsTheMessage() {
		String json = "{\"role\":\"user\",\"content\":\"What is the capital of France?\"}";
		InputItem item = this.mapper.readValue(json, InputItem.class);
		assertThat(item).isInstanceOfSatisfying(EasyInputMessage.class, (message) -> {
			assertThat(message.role()).isEqualTo(EasyInputMessage.Role.USER);
			assertThat(message.type()).isNull();
		});
		assertThat(tree(item)).isEqualTo(this.mapper.readTree(json));
	}

	@Test
	void unknownDiscriminatorValueReadsAsUnknownAndIsWrittenBackUnchanged() {
		String json = "{\"type\":\"brand_new_item\",\"role\":\"assistant\",\"id\":\"new_1\",\"payload\":{\"a\":[1,2]}}";
		InputItem item = this.mapper.readValue(json, InputItem.class);
		assertThat(item).isInstanceOf(InputItem.Unknown.class).isInstanceOf(UnknownVariant.class);
		JsonNode expected = this.mapper.readTree(json);
		assertThat(((UnknownVariant) item).json()).isEqualTo(expected);
		assertThat(tree(item)).isEqualTo(expected);
		RealtimeConversationItem realtime = this.mapper.readValue(json, RealtimeConversationItem.class);
		assertThat(realtime).isInstanceOf(RealtimeConversationItem.Unknown.class);
		assertThat(tree(realtime)).isEqualTo(expected);
	}

	@Test
	void unknownRoleOfAKnownTypeReadsAsUnknown() {
		String json = "{\"type\":\"message\",\"role\":\"critic\",\"content\":[]}";
		RealtimeConversationItem item = this.mapper.readValue(json, RealtimeConversationItem.class);
		assertThat(item).isInstanceOf(RealtimeConversationItem.Unknown.class);
	}

	/** The JSON a value is written as, numbers read back as from an answer. */
	private JsonNode tree(@Nullable Object value) {
		return this.mapper.readTree(this.mapper.writeValueAsString(value));
	}

}
