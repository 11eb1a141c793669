// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code POST /audio/transcriptions}: Transcribes audio into the input
 * language.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = CreateTranscriptionResponseStreamEvent.Deserializer.class)
public sealed interface CreateTranscriptionResponseStreamEvent permits TranscriptTextSegmentEvent,
		TranscriptTextDeltaEvent, TranscriptTextDoneEvent, CreateTranscriptionResponseStreamEvent.Unknown {

	/**
	 * A {@link CreateTranscriptionResponseStreamEvent} that this version of the client
	 * does not recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements CreateTranscriptionResponseStreamEvent, UnknownVariant {
	}

	/**
	 * Reads a {@link CreateTranscriptionResponseStreamEvent} into the variant its JSON
	 * is.
	 */
	final class Deserializer extends UnionDeserializer<CreateTranscriptionResponseStreamEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<CreateTranscriptionResponseStreamEvent>variants(Unknown::new)
				.discriminator("type")
				.object(TranscriptTextSegmentEvent.class,
						VariantShape.declaring("type", "id", "start", "end", "text", "speaker")
							.requiring("type", "id", "start", "end", "text", "speaker")
							.values("type", "transcript.text.segment"))
				.object(TranscriptTextDeltaEvent.class,
						VariantShape.declaring("type", "delta", "logprobs", "segment_id")
							.requiring("type", "delta")
							.values("type", "transcript.text.delta"))
				.object(TranscriptTextDoneEvent.class,
						VariantShape.declaring("type", "text", "logprobs", "usage")
							.requiring("type", "text")
							.values("type", "transcript.text.done")));
		}

	}

}
