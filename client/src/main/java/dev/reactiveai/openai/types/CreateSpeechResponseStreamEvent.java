// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements CreateSpeechResponseStreamEvent, UnknownVariant {
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
				.object(SpeechAudioDeltaEvent.class,
						VariantShape.declaring("type", "audio")
							.requiring("type", "audio")
							.values("type", "speech.audio.delta"))
				.object(SpeechAudioDoneEvent.class,
						VariantShape.declaring("type", "usage")
							.requiring("type", "usage")
							.values("type", "speech.audio.done")));
		}

	}

}
