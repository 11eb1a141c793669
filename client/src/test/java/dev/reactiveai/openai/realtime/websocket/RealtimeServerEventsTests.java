package dev.reactiveai.openai.realtime.websocket;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageAssistant;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageSystem;
import dev.reactiveai.openai.types.RealtimeConversationItemMessageUser;
import dev.reactiveai.openai.types.RealtimeServerEvent;
import dev.reactiveai.openai.types.RealtimeServerEventConversationItemAdded;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every server event of the API description read into its variant, from the description's
 * own examples; message items read as the variant of their role; audio decoded as the JDK
 * decodes it.
 */
class RealtimeServerEventsTests {

	private static final Path SPEC = Path.of("..", "spec", "openai-openapi.json");

	/** The client's mapper, lenient only with the trailing commas of a few examples. */
	private final JsonMapper mapper = OpenAiJson.mapperBuilder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

	@Test
	void everyServerEventOfTheDescriptionIsReadIntoItsVariant() throws Exception {
		JsonNode schemas = this.mapper.readTree(Files.readString(SPEC)).path("components").path("schemas");
		List<String> checked = new ArrayList<>();
		List<String> corrected = new ArrayList<>();
		for (JsonNode variant : schemas.path("RealtimeServerEvent").path("anyOf")) {
			String name = variant.path("$ref").asString().substring("#/components/schemas/".length());
			String example = schemas.path(name).path("x-oaiMeta").path("example").asString();
			assertThat(example).as("example of " + name).isNotBlank();
			ObjectNode json = (ObjectNode) this.mapper.readTree(example);
			String type = schemas.path(name).path("properties").path("type").path("enum").get(0).asString();
			if (!type.equals(json.path("type").asString()) && type.equals(json.path("type").asString().strip())) {
				// The description's example of dtmf_event_received has a space before
				// its type; the client rightly reads that as an unknown event.
				json.put("type", type);
				corrected.add(name);
			}
			RealtimeServerEvent event = this.mapper.treeToValue(json, RealtimeServerEvent.class);
			assertThat(event.getClass().getSimpleName()).as(name).isEqualTo(name);
			checked.add(name);
		}
		assertThat(checked).hasSize(46);
		assertThat(corrected).containsExactly("RealtimeServerEventInputAudioBufferDtmfEventReceived");
	}

	@Test
	void aMessageItemIsTheVariantOfItsRole() {
		for (String role : List.of("user", "assistant", "system")) {
			String json = """
					{"event_id":"event_1","type":"conversation.item.added","previous_item_id":null,
					 "item":{"id":"item_1","object":"realtime.item","type":"message","status":"completed",
					 "role":"%s","content":[{"type":"%s","text":"Hi"}]}}
					""".formatted(role, role.equals("assistant") ? "output_text" : "input_text");
			RealtimeServerEvent event = this.mapper.readValue(json, RealtimeServerEvent.class);
			assertThat(event).isInstanceOf(RealtimeServerEventConversationItemAdded.class);
			Class<?> expected = switch (role) {
				case "user" -> RealtimeConversationItemMessageUser.class;
				case "assistant" -> RealtimeConversationItemMessageAssistant.class;
				default -> RealtimeConversationItemMessageSystem.class;
			};
			assertThat(((RealtimeServerEventConversationItemAdded) event).item()).as(role).isInstanceOf(expected);
		}
	}

	@Test
	void audioIsDecodedAsTheJdkDecodesIt() {
		Random random = new Random(42);
		for (int length = 0; length < 64; length++) {
			byte[] audio = new byte[length];
			random.nextBytes(audio);
			assertThat(RealtimeAudio.decode(Base64.getEncoder().encodeToString(audio))).isEqualTo(audio);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> RealtimeAudio.decode("abc"))
			.withMessageContaining("multiple of 4");
		assertThatIllegalArgumentException().isThrownBy(() -> RealtimeAudio.decode("ab$="))
			.withMessageContaining("character 2");
	}

}
