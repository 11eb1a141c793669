package dev.reactiveai.openai.generator;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The payloads of the description's webhooks form the {@code WebhookEvent} union.
 */
class WebhookEventTests {

	private static final String MODEL = Generator.CLIENT_SOURCES + "dev/reactiveai/openai/types/";

	private static final String PAYLOADS = """
			"WebhookThingDone": { "type": "object", "required": ["id", "type"], "properties": {
			    "id": { "type": "string" }, "type": { "type": "string", "enum": ["thing.done"] } } },
			"WebhookThingFailed": { "type": "object", "required": ["id", "type"], "properties": {
			    "id": { "type": "string" }, "type": { "type": "string", "enum": ["thing.failed"] } } }
			""";

	private static final String WEBHOOKS = """
			"webhooks": {
			  "thing_done": { "post": { "requestBody": { "content": { "application/json": {
			      "schema": { "$ref": "#/components/schemas/WebhookThingDone" } } } } } },
			  "thing_failed": { "post": { "requestBody": { "content": { "application/json": {
			      "schema": { "$ref": "#/components/schemas/WebhookThingFailed" } } } } } }
			}
			""";

	@Test
	void webhookPayloadsFormAUnionToldApartByTheirType() {
		String union = generate(spec(PAYLOADS, WEBHOOKS)).get(MODEL + "WebhookEvent.java");
		assertThat(union).contains("public sealed interface WebhookEvent permits WebhookThingDone, WebhookThingFailed,")
			.contains("record Unknown(@JsonValue JsonNode json) implements WebhookEvent, UnknownVariant")
			.contains(".discriminator(\"type\")")
			.containsPattern(variantRow("WebhookThingDone", "thing.done"))
			.containsPattern(variantRow("WebhookThingFailed", "thing.failed"));
	}

	@Test
	void webhookPayloadsImplementTheUnion() {
		Map<String, String> files = generate(spec(PAYLOADS, WEBHOOKS));
		assertThat(files.get(MODEL + "WebhookThingDone.java")).contains("implements WebhookEvent")
			.contains("@JsonDeserialize(using = WebhookThingDone.Reader.class)");
		assertThat(files.get(MODEL + "WebhookThingFailed.java")).contains("implements WebhookEvent");
	}

	@Test
	void noWebhooksNoUnion() {
		Map<String, String> files = generate(spec(PAYLOADS, "\"webhooks\": {}"));
		assertThat(files).containsKey(MODEL + "WebhookThingDone.java").doesNotContainKey(MODEL + "WebhookEvent.java");
		assertThat(files.get(MODEL + "WebhookThingDone.java")).doesNotContain("WebhookEvent");
	}

	@Test
	void aComponentNamedLikeTheUnionIsRefused() {
		String clash = PAYLOADS
				+ ", \"WebhookEvent\": { \"type\": \"object\", \"properties\": { \"id\": { \"type\": \"string\" } } }";
		assertThatIllegalStateException().isThrownBy(() -> generate(spec(clash, WEBHOOKS)))
			.withMessageContaining("WebhookEvent");
	}

	/** The row of the union's table for a payload: its properties and its type. */
	private static String variantRow(String payload, String type) {
		return "\\.object\\(" + payload + "\\.class,\\s*VariantShape\\.declaring\\(\"id\", \"type\"\\)"
				+ "\\s*\\.requiring\\(\"id\", \"type\"\\)\\s*\\.values\\(\"type\", \"" + type.replace(".", "\\.")
				+ "\"\\)\\)";
	}

	private static JsonNode spec(String schemas, String webhooks) {
		return JsonMapper.builder()
			.build()
			.readTree("{ \"components\": { \"schemas\": {" + schemas + "} }, " + webhooks + " }");
	}

	private static Map<String, String> generate(JsonNode spec) {
		// The description has no operations and no objects to rename.
		return new Generator(spec, OperationNames.parse("", "an empty naming table"),
				TypeNames.parse("", "an empty type naming table"))
			.generate();
	}

}
