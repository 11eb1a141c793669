// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents a diarized transcription response returned by the model, including the
 * combined transcript and speaker-segment annotations.
 *
 * @param task The type of task that was run. Always {@code transcribe}.
 * @param duration Duration of the input audio in seconds.
 * @param text The concatenated transcript text for the entire audio input.
 * @param segments Segments of the transcript annotated with timestamps and speaker
 * labels.
 * @param usage Token or duration usage statistics for the request.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateTranscriptionResponseDiarizedJson.Reader.class)
public record CreateTranscriptionResponseDiarizedJson(@JsonProperty("task") String task,
		@JsonProperty("duration") Double duration, @JsonProperty("text") String text,
		@JsonProperty("segments") List<TranscriptionDiarizedSegment> segments,
		@JsonProperty("usage") CreateTranscriptionResponseDiarizedJson.@Nullable Usage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AudioTranscriptionsCreateResponse {

	/**
	 * Creates a {@link CreateTranscriptionResponseDiarizedJson}, filling in {@code task}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param task The type of task that was run.
	 * @param duration Duration of the input audio in seconds.
	 * @param text The concatenated transcript text for the entire audio input.
	 * @param segments Segments of the transcript annotated with timestamps and speaker
	 * labels.
	 * @param usage Token or duration usage statistics for the request.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateTranscriptionResponseDiarizedJson {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateTranscriptionResponseDiarizedJson}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Token or duration usage statistics for the request.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Usage.Deserializer.class)
	public sealed interface Usage permits TranscriptTextUsageTokens, TranscriptTextUsageDuration, Usage.Unknown {

		/**
		 * A {@link Usage} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Usage, UnknownVariant {
		}

		/**
		 * Reads a {@link Usage} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Usage> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Usage>variants(Unknown::new)
					.discriminator("type")
					.object(TranscriptTextUsageTokens.class, VariantShape
						.declaring("type", "input_tokens", "input_token_details", "output_tokens", "total_tokens")
						.requiring("type", "input_tokens", "output_tokens", "total_tokens")
						.values("type", "tokens"))
					.object(TranscriptTextUsageDuration.class,
							VariantShape.declaring("type", "seconds")
								.requiring("type", "seconds")
								.values("type", "duration")));
			}

		}

	}

	/**
	 * Builds a {@link CreateTranscriptionResponseDiarizedJson}.
	 */
	public static final class Builder {

		private @Nullable String task;

		private @Nullable Double duration;

		private @Nullable String text;

		private @Nullable List<TranscriptionDiarizedSegment> segments;

		private @Nullable Usage usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.task = "transcribe";
		}

		private Builder(CreateTranscriptionResponseDiarizedJson source) {
			this.task = source.task();
			this.duration = source.duration();
			this.text = source.text();
			this.segments = (source.segments() != null) ? new ArrayList<>(source.segments()) : null;
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Duration of the input audio in seconds.
		 * @param duration the value (required)
		 * @return this builder
		 */
		public Builder duration(@Nullable Double duration) {
			this.duration = duration;
			return this;
		}

		/**
		 * The concatenated transcript text for the entire audio input.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * Segments of the transcript annotated with timestamps and speaker labels.
		 * <p>
		 * Takes a copy of the list.
		 * @param segments the value (required)
		 * @return this builder
		 */
		public Builder segments(@Nullable List<TranscriptionDiarizedSegment> segments) {
			this.segments = (segments != null) ? new ArrayList<>(segments) : null;
			return this;
		}

		/**
		 * Segments of the transcript annotated with timestamps and speaker labels.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param segment the item to add
		 * @return this builder
		 */
		public Builder addSegment(TranscriptionDiarizedSegment segment) {
			Objects.requireNonNull(segment, "'segment' must not be null");
			if (this.segments == null) {
				this.segments = new ArrayList<>();
			}
			this.segments.add(segment);
			return this;
		}

		/**
		 * Token or duration usage statistics for the request.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable Usage usage) {
			this.usage = usage;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public CreateTranscriptionResponseDiarizedJson build() {
			return new CreateTranscriptionResponseDiarizedJson(this.task,
					Objects.requireNonNull(this.duration, "'duration' is required"),
					Objects.requireNonNull(this.text, "'text' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.segments, "'segments' is required"))),
					this.usage, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateTranscriptionResponseDiarizedJson} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateTranscriptionResponseDiarizedJson> {

		Reader() {
			super(CreateTranscriptionResponseDiarizedJson.class, "task", "duration", "text", "segments", "usage");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateTranscriptionResponseDiarizedJson create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateTranscriptionResponseDiarizedJson((String) values[0], (Double) values[1],
					(String) values[2], (List<TranscriptionDiarizedSegment>) values[3], (Usage) values[4],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateTranscriptionResponseDiarizedJson} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateTranscriptionResponseDiarizedJson> {

		Writer() {
			super(CreateTranscriptionResponseDiarizedJson.class, "task", "duration", "text", "segments", "usage");
		}

		@Override
		protected @Nullable Object value(CreateTranscriptionResponseDiarizedJson record, int index) {
			return switch (index) {
				case 0 -> record.task();
				case 1 -> record.duration();
				case 2 -> record.text();
				case 3 -> record.segments();
				case 4 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateTranscriptionResponseDiarizedJson record) {
			return record.additionalProperties();
		}

	}
}
