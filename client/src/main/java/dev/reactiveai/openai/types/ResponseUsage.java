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
 * Represents token usage details including input tokens, output tokens, a breakdown of
 * output tokens, and the total tokens used.
 *
 * @param inputTokens The number of input tokens.
 * @param inputTokensDetails A detailed breakdown of the input tokens.
 * @param outputTokens The number of output tokens.
 * @param outputTokensDetails A detailed breakdown of the output tokens.
 * @param totalTokens The total number of tokens used.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseUsage.Reader.class)
public record ResponseUsage(@JsonProperty("input_tokens") Long inputTokens,
		@JsonProperty("input_tokens_details") ResponseUsage.InputTokensDetails inputTokensDetails,
		@JsonProperty("output_tokens") Long outputTokens,
		@JsonProperty("output_tokens_details") ResponseUsage.OutputTokensDetails outputTokensDetails,
		@JsonProperty("total_tokens") Long totalTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseUsage}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param inputTokens The number of input tokens.
	 * @param inputTokensDetails A detailed breakdown of the input tokens.
	 * @param outputTokens The number of output tokens.
	 * @param outputTokensDetails A detailed breakdown of the output tokens.
	 * @param totalTokens The total number of tokens used.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseUsage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseUsage}.
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
	 * A detailed breakdown of the input tokens.
	 *
	 * @param cachedTokens The number of tokens that were retrieved from the cache.
	 * <a href="https://platform.openai.com/docs/guides/prompt-caching">More on prompt
	 * caching</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = InputTokensDetails.Reader.class)
	public static record InputTokensDetails(@JsonProperty("cached_tokens") Long cachedTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link InputTokensDetails}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param cachedTokens The number of tokens that were retrieved from the cache.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public InputTokensDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link InputTokensDetails}.
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
		 * Builds a {@link InputTokensDetails}.
		 */
		public static final class Builder {

			private @Nullable Long cachedTokens;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(InputTokensDetails source) {
				this.cachedTokens = source.cachedTokens();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The number of tokens that were retrieved from the cache.
			 * @param cachedTokens the value (required)
			 * @return this builder
			 */
			public Builder cachedTokens(@Nullable Long cachedTokens) {
				this.cachedTokens = cachedTokens;
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
			public InputTokensDetails build() {
				return new InputTokensDetails(Objects.requireNonNull(this.cachedTokens, "'cachedTokens' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link InputTokensDetails} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<InputTokensDetails> {

			Reader() {
				super(InputTokensDetails.class, "cached_tokens");
			}

			@Override
			protected InputTokensDetails create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new InputTokensDetails((Long) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link InputTokensDetails} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<InputTokensDetails> {

			Writer() {
				super(InputTokensDetails.class, "cached_tokens");
			}

			@Override
			protected @Nullable Object value(InputTokensDetails record, int index) {
				return switch (index) {
					case 0 -> record.cachedTokens();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(InputTokensDetails record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A detailed breakdown of the output tokens.
	 *
	 * @param reasoningTokens The number of reasoning tokens.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = OutputTokensDetails.Reader.class)
	public static record OutputTokensDetails(@JsonProperty("reasoning_tokens") Long reasoningTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link OutputTokensDetails}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param reasoningTokens The number of reasoning tokens.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public OutputTokensDetails {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link OutputTokensDetails}.
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
		 * Builds a {@link OutputTokensDetails}.
		 */
		public static final class Builder {

			private @Nullable Long reasoningTokens;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(OutputTokensDetails source) {
				this.reasoningTokens = source.reasoningTokens();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The number of reasoning tokens.
			 * @param reasoningTokens the value (required)
			 * @return this builder
			 */
			public Builder reasoningTokens(@Nullable Long reasoningTokens) {
				this.reasoningTokens = reasoningTokens;
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
			public OutputTokensDetails build() {
				return new OutputTokensDetails(
						Objects.requireNonNull(this.reasoningTokens, "'reasoningTokens' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link OutputTokensDetails} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<OutputTokensDetails> {

			Reader() {
				super(OutputTokensDetails.class, "reasoning_tokens");
			}

			@Override
			protected OutputTokensDetails create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new OutputTokensDetails((Long) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link OutputTokensDetails} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<OutputTokensDetails> {

			Writer() {
				super(OutputTokensDetails.class, "reasoning_tokens");
			}

			@Override
			protected @Nullable Object value(OutputTokensDetails record, int index) {
				return switch (index) {
					case 0 -> record.reasoningTokens();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(OutputTokensDetails record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ResponseUsage}.
	 */
	public static final class Builder {

		private @Nullable Long inputTokens;

		private @Nullable InputTokensDetails inputTokensDetails;

		private @Nullable Long outputTokens;

		private @Nullable OutputTokensDetails outputTokensDetails;

		private @Nullable Long totalTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ResponseUsage source) {
			this.inputTokens = source.inputTokens();
			this.inputTokensDetails = source.inputTokensDetails();
			this.outputTokens = source.outputTokens();
			this.outputTokensDetails = source.outputTokensDetails();
			this.totalTokens = source.totalTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The number of input tokens.
		 * @param inputTokens the value (required)
		 * @return this builder
		 */
		public Builder inputTokens(@Nullable Long inputTokens) {
			this.inputTokens = inputTokens;
			return this;
		}

		/**
		 * A detailed breakdown of the input tokens.
		 * @param inputTokensDetails the value (required)
		 * @return this builder
		 */
		public Builder inputTokensDetails(@Nullable InputTokensDetails inputTokensDetails) {
			this.inputTokensDetails = inputTokensDetails;
			return this;
		}

		/**
		 * The number of output tokens.
		 * @param outputTokens the value (required)
		 * @return this builder
		 */
		public Builder outputTokens(@Nullable Long outputTokens) {
			this.outputTokens = outputTokens;
			return this;
		}

		/**
		 * A detailed breakdown of the output tokens.
		 * @param outputTokensDetails the value (required)
		 * @return this builder
		 */
		public Builder outputTokensDetails(@Nullable OutputTokensDetails outputTokensDetails) {
			this.outputTokensDetails = outputTokensDetails;
			return this;
		}

		/**
		 * The total number of tokens used.
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
		public ResponseUsage build() {
			return new ResponseUsage(Objects.requireNonNull(this.inputTokens, "'inputTokens' is required"),
					Objects.requireNonNull(this.inputTokensDetails, "'inputTokensDetails' is required"),
					Objects.requireNonNull(this.outputTokens, "'outputTokens' is required"),
					Objects.requireNonNull(this.outputTokensDetails, "'outputTokensDetails' is required"),
					Objects.requireNonNull(this.totalTokens, "'totalTokens' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseUsage} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseUsage> {

		Reader() {
			super(ResponseUsage.class, "input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details",
					"total_tokens");
		}

		@Override
		protected ResponseUsage create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ResponseUsage((Long) values[0], (InputTokensDetails) values[1], (Long) values[2],
					(OutputTokensDetails) values[3], (Long) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseUsage} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseUsage> {

		Writer() {
			super(ResponseUsage.class, "input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details",
					"total_tokens");
		}

		@Override
		protected @Nullable Object value(ResponseUsage record, int index) {
			return switch (index) {
				case 0 -> record.inputTokens();
				case 1 -> record.inputTokensDetails();
				case 2 -> record.outputTokens();
				case 3 -> record.outputTokensDetails();
				case 4 -> record.totalTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseUsage record) {
			return record.additionalProperties();
		}

	}
}
