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
@JsonDeserialize(using = AudioTranscriptionsCreateResponse.Deserializer.class)
public sealed interface AudioTranscriptionsCreateResponse
		permits CreateTranscriptionResponseJson, CreateTranscriptionResponseDiarizedJson,
		CreateTranscriptionResponseVerboseJson, AudioTranscriptionsCreateResponse.Unknown {

	/**
	 * A {@link AudioTranscriptionsCreateResponse} that this version of the client does
	 * not recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements AudioTranscriptionsCreateResponse, UnknownVariant {
	}

	/**
	 * Reads a {@link AudioTranscriptionsCreateResponse} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<AudioTranscriptionsCreateResponse> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<AudioTranscriptionsCreateResponse>variants(Unknown::new)
				.object(CreateTranscriptionResponseJson.class,
						VariantShape.declaring("text", "logprobs", "usage").requiring("text"))
				.object(CreateTranscriptionResponseDiarizedJson.class,
						VariantShape.declaring("task", "duration", "text", "segments", "usage")
							.requiring("task", "duration", "text", "segments")
							.values("task", "transcribe"))
				.object(CreateTranscriptionResponseVerboseJson.class,
						VariantShape.declaring("language", "duration", "text", "words", "segments", "usage")
							.requiring("language", "duration", "text")));
		}

	}

}
