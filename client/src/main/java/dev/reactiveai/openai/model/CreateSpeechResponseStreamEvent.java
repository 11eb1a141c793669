// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code POST /audio/speech}: Generates audio from the input text.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = CreateSpeechResponseStreamEvent.Deserializer.class)
public sealed interface CreateSpeechResponseStreamEvent
		permits SpeechAudioDeltaEvent, SpeechAudioDoneEvent, CreateSpeechResponseStreamEvent.Unknown {

	/**
	 * A {@link CreateSpeechResponseStreamEvent} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements CreateSpeechResponseStreamEvent {
	}

	/**
	 * Reads a {@link CreateSpeechResponseStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<CreateSpeechResponseStreamEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<CreateSpeechResponseStreamEvent>variants(Unknown::new)
				.discriminator("type")
				.when("speech.audio.delta", SpeechAudioDeltaEvent.class)
				.when("speech.audio.done", SpeechAudioDoneEvent.class));
		}

	}

}
