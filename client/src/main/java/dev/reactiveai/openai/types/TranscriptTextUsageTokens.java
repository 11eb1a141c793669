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
 * Usage statistics for models billed by token usage.
 *
 * @param type The type of the usage object. Always {@code tokens} for this variant.
 * @param inputTokens Number of input tokens billed for this request.
 * @param inputTokenDetails Details about the input tokens billed for this request.
 * @param outputTokens Number of output tokens generated.
 * @param totalTokens Total number of tokens used (input + output).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TranscriptTextUsageTokens.Reader.class)
public record TranscriptTextUsageTokens(@JsonProperty("type") String type,
		@JsonProperty("input_tokens") Long inputTokens,
		@JsonProperty("input_token_details") TranscriptTextUsageTokens.@Nullable InputTokenDetails inputTokenDetails,
		@JsonProperty("output_tokens") Long outputTokens, @JsonProperty("total_tokens") Long totalTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateTranscriptionResponseDiarizedJson.Usage,
			CreateTranscriptionResponseJson.Usage,
			RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted.Usage,
			RealtimeServerEventConversationItemInputAudioTranscriptionCompleted.Usage {

	/**
	 * Creates a {@link TranscriptTextUsageTokens}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the usage object.
	 * @param inputTokens Number of input tokens billed for this request.
	 * @param inputTokenDetails Details about the input tokens billed for this request.
	 * @param outputTokens Number of output tokens generated.
	 * @param totalTokens Total number of tokens used (input + output).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TranscriptTextUsageTokens {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TranscriptTextUsageTokens}.
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
	 * Details about the input tokens billed for this request.
	 *
	 * @param textTokens Number of text tokens billed for this request.
	 * @param audioTokens Number of audio tokens billed for this request.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InputTokenDetails.Reader.class)
	public static record InputTokenDetails(@JsonProperty("text_tokens") @Nullable Long textTokens,
			@JsonProperty("audio_tokens") @Nullable Long audioTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InputTokenDetails}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param textTokens Number of text tokens billed for this request.
		 * @param audioTokens Number of audio tokens billed for this request.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InputTokenDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InputTokenDetails}.
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
		 * Builds a {@link InputTokenDetails}.
		 */
		public static final class Builder {

			private @Nullable Long textTokens;

			private @Nullable Long audioTokens;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InputTokenDetails source) {
				this.textTokens = source.textTokens();
				this.audioTokens = source.audioTokens();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Number of text tokens billed for this request.
			 * @param textTokens the value
			 * @return this builder
			 */
			public Builder textTokens(@Nullable Long textTokens) {
				this.textTokens = textTokens;
				return this;
			}

			/**
			 * Number of audio tokens billed for this request.
			 * @param audioTokens the value
			 * @return this builder
			 */
			public Builder audioTokens(@Nullable Long audioTokens) {
				this.audioTokens = audioTokens;
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
			public InputTokenDetails build() {
				return new InputTokenDetails(this.textTokens, this.audioTokens, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InputTokenDetails} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InputTokenDetails> {

			Reader() {
				super(InputTokenDetails.class, "text_tokens", "audio_tokens");
			}

			@Override
			protected InputTokenDetails create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new InputTokenDetails((Long) values[0], (Long) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InputTokenDetails} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InputTokenDetails> {

			Writer() {
				super(InputTokenDetails.class, "text_tokens", "audio_tokens");
			}

			@Override
			protected @Nullable Object value(InputTokenDetails record, int index) {
				return switch (index) {
					case 0 -> record.textTokens();
					case 1 -> record.audioTokens();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InputTokenDetails record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link TranscriptTextUsageTokens}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Long inputTokens;

		private @Nullable InputTokenDetails inputTokenDetails;

		private @Nullable Long outputTokens;

		private @Nullable Long totalTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "tokens";
		}

		private Builder(TranscriptTextUsageTokens source) {
			this.type = source.type();
			this.inputTokens = source.inputTokens();
			this.inputTokenDetails = source.inputTokenDetails();
			this.outputTokens = source.outputTokens();
			this.totalTokens = source.totalTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Number of input tokens billed for this request.
		 * @param inputTokens the value (required)
		 * @return this builder
		 */
		public Builder inputTokens(@Nullable Long inputTokens) {
			this.inputTokens = inputTokens;
			return this;
		}

		/**
		 * Details about the input tokens billed for this request.
		 * @param inputTokenDetails the value
		 * @return this builder
		 */
		public Builder inputTokenDetails(@Nullable InputTokenDetails inputTokenDetails) {
			this.inputTokenDetails = inputTokenDetails;
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
		public TranscriptTextUsageTokens build() {
			return new TranscriptTextUsageTokens(this.type,
					Objects.requireNonNull(this.inputTokens, "'inputTokens' is required"), this.inputTokenDetails,
					Objects.requireNonNull(this.outputTokens, "'outputTokens' is required"),
					Objects.requireNonNull(this.totalTokens, "'totalTokens' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TranscriptTextUsageTokens} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TranscriptTextUsageTokens> {

		Reader() {
			super(TranscriptTextUsageTokens.class, "type", "input_tokens", "input_token_details", "output_tokens",
					"total_tokens");
		}

		@Override
		protected TranscriptTextUsageTokens create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TranscriptTextUsageTokens((String) values[0], (Long) values[1], (InputTokenDetails) values[2],
					(Long) values[3], (Long) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TranscriptTextUsageTokens} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TranscriptTextUsageTokens> {

		Writer() {
			super(TranscriptTextUsageTokens.class, "type", "input_tokens", "input_token_details", "output_tokens",
					"total_tokens");
		}

		@Override
		protected @Nullable Object value(TranscriptTextUsageTokens record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.inputTokens();
				case 2 -> record.inputTokenDetails();
				case 3 -> record.outputTokens();
				case 4 -> record.totalTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TranscriptTextUsageTokens record) {
			return record.additionalProperties();
		}

	}
}
