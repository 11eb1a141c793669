package dev.reactiveai.openai.json;

import java.util.List;

import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.types.ResponseStreamEvent;
import dev.reactiveai.openai.types.ResponseTextDeltaEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An object of a union whose discriminator names its variant is read by that variant from
 * buffered tokens; what it reads is what reading a tree first gives, and an object its
 * variant cannot read still becomes the unknown variant, whole.
 */
class DiscriminatedUnionTests {

	private static final String DELTA = """
			{"type":"response.output_text.delta","sequence_number":7,"item_id":"msg_1","output_index":0,
			 "content_index":0,"delta":" caf\\u00e9","logprobs":[],"obfuscation":"q8Yz"}""";

	private final JsonMapper mapper = OpenAiJson.mapper();

	@Test
	void theNamedVariantReadsWhatATreeGives() {
		ResponseStreamEvent fromBytes = this.mapper.readValue(DELTA, ResponseStreamEvent.class);
		ResponseStreamEvent fromTree = this.mapper.treeToValue(this.mapper.readTree(DELTA), ResponseStreamEvent.class);
		assertThat(fromBytes).isInstanceOfSatisfying(ResponseTextDeltaEvent.class, (delta) -> {
			assertThat(delta.delta()).isEqualTo(" café");
			assertThat(delta.sequenceNumber()).isEqualTo(7L);
			assertThat(delta.additionalProperties()).containsEntry("obfuscation", "q8Yz");
		});
		assertThat(fromBytes).isEqualTo(fromTree);
		assertThat(this.mapper.readTree(this.mapper.writeValueAsString(fromBytes)))
			.isEqualTo(this.mapper.readTree(DELTA));
	}

	@Test
	void theDiscriminatorMayComeLast() {
		String json = """
				{"delta":"hi","item_id":"msg_1","output_index":0,"content_index":0,"sequence_number":1,
				 "logprobs":[],"type":"response.output_text.delta"}""";
		assertThat(this.mapper.readValue(json, ResponseStreamEvent.class))
			.isInstanceOfSatisfying(ResponseTextDeltaEvent.class, (delta) -> assertThat(delta.delta()).isEqualTo("hi"));
	}

	@Test
	void aDiscriminatorGivenTwiceCountsByItsLastValueAsInATree() {
		String json = """
				{"type":"response.created","delta":"hi","item_id":"msg_1","output_index":0,"content_index":0,
				 "sequence_number":1,"logprobs":[],"type":"response.output_text.delta"}""";
		ResponseStreamEvent event = this.mapper.readValue(json, ResponseStreamEvent.class);
		assertThat(event).isInstanceOf(ResponseTextDeltaEvent.class)
			.isEqualTo(this.mapper.treeToValue(this.mapper.readTree(json), ResponseStreamEvent.class));
	}

	@Test
	void anObjectItsVariantCannotReadIsTheUnknownVariantWhole() {
		String json = """
				{"type":"response.output_text.delta","sequence_number":7,"item_id":"msg_1","output_index":0,
				 "content_index":0,"delta":"hi","logprobs":["not an object"]}""";
		ResponseStreamEvent event = this.mapper.readValue(json, ResponseStreamEvent.class);
		assertThat(event).isInstanceOfSatisfying(ResponseStreamEvent.Unknown.class,
				(unknown) -> assertThat(unknown.json()).isEqualTo(this.mapper.readTree(json)));
	}

	@Test
	void aDiscriminatorValueNoVariantHasIsTheUnknownVariant() {
		String json = """
				{"type":"response.teleported","sequence_number":1,"where":{"x":1}}""";
		ResponseStreamEvent event = this.mapper.readValue(json, ResponseStreamEvent.class);
		assertThat(event).isInstanceOfSatisfying(ResponseStreamEvent.Unknown.class, (unknown) -> {
			JsonNode expected = this.mapper.readTree(json);
			assertThat(unknown.json()).isEqualTo(expected);
		});
	}

	@Test
	void readInPlaceAnObjectWhoseFirstPropertyNamesItsVariantReadsAsFromBufferedTokens() {
		ObjectReader inPlace = this.mapper.readerFor(ResponseStreamEvent.class)
			.withAttribute(UnionDeserializer.READ_IN_PLACE, Boolean.TRUE);
		String nested = """
				{"type":"response.output_item.added","sequence_number":2,"output_index":0,
				 "item":{"type":"message","id":"msg_1","status":"in_progress","role":"assistant","content":[]}}""";
		String discriminatorLast = """
				{"delta":"hi","item_id":"msg_1","output_index":0,"content_index":0,"sequence_number":1,
				 "logprobs":[],"type":"response.output_text.delta"}""";
		String unknownValue = """
				{"type":"response.teleported","sequence_number":1,"where":{"x":1}}""";
		for (String json : List.of(DELTA, nested, discriminatorLast, unknownValue, "{}")) {
			ResponseStreamEvent read = inPlace.readValue(json);
			assertThat(read).as(json).isEqualTo(this.mapper.readValue(json, ResponseStreamEvent.class));
			assertThat(this.mapper.readTree(this.mapper.writeValueAsString(read)))
				.isEqualTo(this.mapper.readTree(json));
		}
	}

	@Test
	void readInPlaceWhatTheVariantCannotReadFailsForTheReaderToReadItAgain() {
		ObjectReader inPlace = this.mapper.readerFor(ResponseStreamEvent.class)
			.withAttribute(UnionDeserializer.READ_IN_PLACE, Boolean.TRUE);
		String notAnObject = """
				{"type":"response.output_text.delta","sequence_number":7,"item_id":"msg_1","output_index":0,
				 "content_index":0,"delta":"hi","logprobs":["not an object"]}""";
		String givenTwice = """
				{"type":"response.output_text.delta","delta":"hi","item_id":"msg_1","output_index":0,
				 "content_index":0,"sequence_number":1,"logprobs":[],"type":"response.created"}""";
		for (String json : List.of(notAnObject, givenTwice)) {
			assertThatExceptionOfType(JacksonException.class).as(json).isThrownBy(() -> inPlace.readValue(json));
			assertThat(this.mapper.readValue(json, ResponseStreamEvent.class))
				.isEqualTo(this.mapper.treeToValue(this.mapper.readTree(json), ResponseStreamEvent.class));
		}
	}

}
