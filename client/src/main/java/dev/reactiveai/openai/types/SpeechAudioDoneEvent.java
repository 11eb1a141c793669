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
 * Emitted when the speech synthesis is complete and all audio has been streamed.
 *
 * @param type The type of the event. Always {@code speech.audio.done}.
 * @param usage Token usage statistics for the request.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = SpeechAudioDoneEvent.Reader.class)
public record SpeechAudioDoneEvent(@JsonProperty("type") String type,
		@JsonProperty("usage") SpeechAudioDoneEvent.Usage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateSpeechResponseStreamEvent {

	/**
	 * Creates a {@link SpeechAudioDoneEvent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the event.
	 * @param usage Token usage statistics for the request.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public SpeechAudioDoneEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link SpeechAudioDoneEvent}.
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
	 * Token usage statistics for the request.
	 *
	 * @param inputTokens Number of input tokens in the prompt.
	 * @param outputTokens Number of output tokens generated.
	 * @param totalTokens Total number of tokens used (input + output).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Usage.Reader.class)
	public static record Usage(@JsonProperty("input_tokens") Long inputTokens,
			@JsonProperty("output_tokens") Long outputTokens, @JsonProperty("total_tokens") Long totalTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Usage}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param inputTokens Number of input tokens in the prompt.
		 * @param outputTokens Number of output tokens generated.
		 * @param totalTokens Total number of tokens used (input + output).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Usage {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Usage}.
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
		 * Builds a {@link Usage}.
		 */
		public static final class Builder {

			private @Nullable Long inputTokens;

			private @Nullable Long outputTokens;

			private @Nullable Long totalTokens;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Usage source) {
				this.inputTokens = source.inputTokens();
				this.outputTokens = source.outputTokens();
				this.totalTokens = source.totalTokens();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Number of input tokens in the prompt.
			 * @param inputTokens the value (required)
			 * @return this builder
			 */
			public Builder inputTokens(@Nullable Long inputTokens) {
				this.inputTokens = inputTokens;
				return this;
			}

			/**
			 * Number of output tokens generated.
			 * @param outputTokens the value (required)
			 * @return this builder
			 */
			public Builder outputTokens(@Nullable Long outputTokens) {
				this.outputTokens = outputTokens;
				return this;
			}

			/**
			 * Total number of tokens used (input + output).
			 * @param totalTokens the value (required)
			 * @return this builder
			 */
			public Builder totalTokens(@Nullable Long totalTokens) {
				this.totalTokens = totalTokens;
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
			public Usage build() {
				return new Usage(Objects.requireNonNull(this.inputTokens, "'inputTokens' is required"),
						Objects.requireNonNull(this.outputTokens, "'outputTokens' is required"),
						Objects.requireNonNull(this.totalTokens, "'totalTokens' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Usage} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Usage> {

			Reader() {
				super(Usage.class, "input_tokens", "output_tokens", "total_tokens");
			}

			@Override
			protected Usage create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Usage((Long) values[0], (Long) values[1], (Long) values[2], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Usage} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Usage> {

			Writer() {
				super(Usage.class, "input_tokens", "output_tokens", "total_tokens");
			}

			@Override
			protected @Nullable Object value(Usage record, int index) {
				return switch (index) {
					case 0 -> record.inputTokens();
					case 1 -> record.outputTokens();
					case 2 -> record.totalTokens();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Usage record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link SpeechAudioDoneEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Usage usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "speech.audio.done";
		}

		private Builder(SpeechAudioDoneEvent source) {
			this.type = source.type();
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Token usage statistics for the request.
		 * @param usage the value (required)
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
		public SpeechAudioDoneEvent build() {
			return new SpeechAudioDoneEvent(this.type, Objects.requireNonNull(this.usage, "'usage' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link SpeechAudioDoneEvent} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<SpeechAudioDoneEvent> {

		Reader() {
			super(SpeechAudioDoneEvent.class, "type", "usage");
		}

		@Override
		protected SpeechAudioDoneEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new SpeechAudioDoneEvent((String) values[0], (Usage) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link SpeechAudioDoneEvent} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<SpeechAudioDoneEvent> {

		Writer() {
			super(SpeechAudioDoneEvent.class, "type", "usage");
		}

		@Override
		protected @Nullable Object value(SpeechAudioDoneEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(SpeechAudioDoneEvent record) {
			return record.additionalProperties();
		}

	}
}
