// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Usage statistics for models billed by audio input duration.
 *
 * @param type The type of the usage object. Always {@code duration} for this variant.
 * @param seconds Duration of the input audio in seconds.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TranscriptTextUsageDuration.Reader.class)
public record TranscriptTextUsageDuration(@JsonProperty("type") String type, @JsonProperty("seconds") Double seconds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateTranscriptionResponseDiarizedJson.Usage,
			CreateTranscriptionResponseJson.Usage,
			RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted.Usage,
			RealtimeServerEventConversationItemInputAudioTranscriptionCompleted.Usage {

	/**
	 * Creates a {@link TranscriptTextUsageDuration}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the usage object.
	 * @param seconds Duration of the input audio in seconds.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TranscriptTextUsageDuration {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TranscriptTextUsageDuration}.
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
	 * Builds a {@link TranscriptTextUsageDuration}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Double seconds;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "duration";
		}

		private Builder(TranscriptTextUsageDuration source) {
			this.type = source.type();
			this.seconds = source.seconds();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Duration of the input audio in seconds.
		 * @param seconds the value (required)
		 * @return this builder
		 */
		public Builder seconds(@Nullable Double seconds) {
			this.seconds = seconds;
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
		public TranscriptTextUsageDuration build() {
			return new TranscriptTextUsageDuration(this.type,
					Objects.requireNonNull(this.seconds, "'seconds' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TranscriptTextUsageDuration} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TranscriptTextUsageDuration> {

		Reader() {
			super(TranscriptTextUsageDuration.class, "type", "seconds");
		}

		@Override
		protected TranscriptTextUsageDuration create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TranscriptTextUsageDuration((String) values[0], (Double) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TranscriptTextUsageDuration} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TranscriptTextUsageDuration> {

		Writer() {
			super(TranscriptTextUsageDuration.class, "type", "seconds");
		}

		@Override
		protected @Nullable Object value(TranscriptTextUsageDuration record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.seconds();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TranscriptTextUsageDuration record) {
			return record.additionalProperties();
		}

	}
}
