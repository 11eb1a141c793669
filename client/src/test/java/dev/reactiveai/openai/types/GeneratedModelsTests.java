package dev.reactiveai.openai.types;

import java.util.List;

import dev.reactiveai.openai.json.OpenAiJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated models read and write the API's JSON, and keep what they do not know
 * (docs/reliability.md, case 14).
 */
class GeneratedModelsTests {

	private final JsonMapper mapper = OpenAiJson.mapper();

	@Test
	void aRequestBuiltWithTheBuilderWritesTheApisJson() {
		CreateChatCompletionRequest request = CreateChatCompletionRequest.builder()
			.model(ModelIdsShared.of("gpt-4o-mini"))
			.messages(List.of(ChatCompletionRequestUserMessage.builder().content("Hello").build()))
			.temperature(0.5)
			.build();
		JsonNode json = this.mapper.readTree(this.mapper.writeValueAsString(request));
		assertThat(json.get("model").asString()).isEqualTo("gpt-4o-mini");
		assertThat(json.get("messages").get(0).get("role").asString()).isEqualTo("user");
		assertThat(json.get("messages").get(0).get("content").asString()).isEqualTo("Hello");
		assertThat(json.get("temperature").asDouble()).isEqualTo(0.5);
		assertThat(json.has("stream")).isFalse();
	}

	@Test
	void aUnionReadsIntoTheVariantItsDiscriminatorNames() {
		ChatCompletionRequestMessage message = this.mapper.readValue(
				"{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}",
				ChatCompletionRequestMessage.class);
		assertThat(message).isInstanceOfSatisfying(ChatCompletionRequestUserMessage.class, (user) -> {
			assertThat(user.content()).isInstanceOf(ChatCompletionRequestUserMessage.Content.class);
			assertThat(user.role()).isEqualTo("user");
		});
	}

	@Test
	void anUnknownUnionVariantIsKeptWithItsJson() {
		String json = "{\"role\":\"narrator\",\"content\":\"Once upon a time\",\"mood\":\"calm\"}";
		ChatCompletionRequestMessage message = this.mapper.readValue(json, ChatCompletionRequestMessage.class);
		assertThat(message).isInstanceOfSatisfying(ChatCompletionRequestMessage.Unknown.class,
				(unknown) -> assertThat(unknown.json().get("mood").asString()).isEqualTo("calm"));
		assertThat(this.mapper.readTree(this.mapper.writeValueAsString(message))).isEqualTo(this.mapper.readTree(json));
	}

	@Test
	void aVariantWhoseFieldChangedShapeStaysTypedAndKeepsTheFieldAsItCame() {
		String json = "{\"role\":\"user\",\"content\":\"hi\",\"name\":{\"first\":\"Ada\"}}";
		ChatCompletionRequestMessage message = this.mapper.readValue(json, ChatCompletionRequestMessage.class);
		assertThat(message).isInstanceOfSatisfying(ChatCompletionRequestUserMessage.class, (user) -> {
			assertThat(user.name()).isNull();
			assertThat(user.additionalProperties()).containsOnlyKeys("name");
		});
		assertThat(this.mapper.readTree(this.mapper.writeValueAsString(message))).isEqualTo(this.mapper.readTree(json));
	}

	@Test
	void aShapeOnlyANestedUnionKnowsIsReadByIt() {
		EvalItemContent content = this.mapper.readValue("\"Grade {{item.answer}}\"", EvalItemContent.class);
		assertThat(content).isInstanceOf(EvalItemContentItem.class).isNotInstanceOf(EvalItemContentItem.Unknown.class);
		assertThat(this.mapper.writeValueAsString(content)).isEqualTo("\"Grade {{item.answer}}\"");
	}

	@Test
	void anUnknownEnumValueIsKept() {
		ReasoningEffort effort = this.mapper.readValue("\"extreme\"", ReasoningEffort.class);
		assertThat(effort.isKnown()).isFalse();
		assertThat(effort.value()).isEqualTo("extreme");
		assertThat(this.mapper.writeValueAsString(effort)).isEqualTo("\"extreme\"");
		assertThat(this.mapper.readValue("\"high\"", ReasoningEffort.class)).isEqualTo(ReasoningEffort.HIGH);
		assertThat(ReasoningEffort.HIGH.isKnown()).isTrue();
	}

	@Test
	void unknownFieldsAreKeptAndWrittenBack() {
		String json = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-4o\","
				+ "\"choices\":[],\"brand_new_field\":{\"nested\":[1,2]}}";
		ChatCompletion response = this.mapper.readValue(json, ChatCompletion.class);
		assertThat(response.id()).isEqualTo("chatcmpl-1");
		assertThat(response.additionalProperties()).containsKey("brand_new_field");
		assertThat(this.mapper.readTree(this.mapper.writeValueAsString(response)))
			.isEqualTo(this.mapper.readTree(json));
	}

	@Test
	void literalPropertiesAreFilledIn() {
		ChatCompletionRequestUserMessage message = ChatCompletionRequestUserMessage.builder().content("x").build();
		assertThat(message.role()).isEqualTo("user");
	}

}
