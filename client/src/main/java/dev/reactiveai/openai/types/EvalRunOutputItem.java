// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A schema representing an evaluation run output item.
 *
 * @param object The type of the object. Always "eval.run.output_item".
 * @param id Unique identifier for the evaluation run output item.
 * @param runId The identifier of the evaluation run associated with this output item.
 * @param evalId The identifier of the evaluation group.
 * @param createdAt Unix timestamp (in seconds) when the evaluation run was created.
 * @param status The status of the evaluation run.
 * @param datasourceItemId The identifier for the data source item.
 * @param datasourceItem Details of the input data source item.
 * @param results A list of grader results for this output item.
 * @param sample A sample containing the input and output of the evaluation run.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalRunOutputItem.Reader.class)
public record EvalRunOutputItem(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("run_id") String runId, @JsonProperty("eval_id") String evalId,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("status") String status,
		@JsonProperty("datasource_item_id") Long datasourceItemId,
		@JsonProperty("datasource_item") Map<String, Object> datasourceItem,
		@JsonProperty("results") List<EvalRunOutputItemResult> results,
		@JsonProperty("sample") EvalRunOutputItem.Sample sample,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link EvalRunOutputItem}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The type of the object.
	 * @param id Unique identifier for the evaluation run output item.
	 * @param runId The identifier of the evaluation run associated with this output item.
	 * @param evalId The identifier of the evaluation group.
	 * @param createdAt Unix timestamp (in seconds) when the evaluation run was created.
	 * @param status The status of the evaluation run.
	 * @param datasourceItemId The identifier for the data source item.
	 * @param datasourceItem Details of the input data source item.
	 * @param results A list of grader results for this output item.
	 * @param sample A sample containing the input and output of the evaluation run.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalRunOutputItem {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalRunOutputItem}.
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
	 * A sample containing the input and output of the evaluation run.
	 *
	 * @param input An array of input messages.
	 * @param output An array of output messages.
	 * @param finishReason The reason why the sample generation was finished.
	 * @param model The model used for generating the sample.
	 * @param usage Token usage details for the sample.
	 * @param error An object representing an error response from the Eval API.
	 * @param temperature The sampling temperature used.
	 * @param maxCompletionTokens The maximum number of tokens allowed for completion.
	 * @param topP The top_p value used for sampling.
	 * @param seed The seed used for generating the sample.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Sample.Reader.class)
	public static record Sample(@JsonProperty("input") List<Sample.InputItem> input,
			@JsonProperty("output") List<Sample.OutputItem> output, @JsonProperty("finish_reason") String finishReason,
			@JsonProperty("model") String model, @JsonProperty("usage") Sample.Usage usage,
			@JsonProperty("error") EvalApiError error, @JsonProperty("temperature") Double temperature,
			@JsonProperty("max_completion_tokens") Long maxCompletionTokens, @JsonProperty("top_p") Double topP,
			@JsonProperty("seed") Long seed, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Sample}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param input An array of input messages.
		 * @param output An array of output messages.
		 * @param finishReason The reason why the sample generation was finished.
		 * @param model The model used for generating the sample.
		 * @param usage Token usage details for the sample.
		 * @param error An object representing an error response from the Eval API.
		 * @param temperature The sampling temperature used.
		 * @param maxCompletionTokens The maximum number of tokens allowed for completion.
		 * @param topP The top_p value used for sampling.
		 * @param seed The seed used for generating the sample.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Sample {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Sample}.
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
		 * An input message.
		 *
		 * @param role The role of the message sender (e.g., system, user, developer).
		 * @param content The content of the message.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = InputItem.Reader.class)
		public static record InputItem(@JsonProperty("role") String role, @JsonProperty("content") String content,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link InputItem}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param role The role of the message sender (e.g., system, user, developer).
			 * @param content The content of the message.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public InputItem {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link InputItem}.
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
			 * Builds a {@link InputItem}.
			 */
			public static final class Builder {

				private @Nullable String role;

				private @Nullable String content;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(InputItem source) {
					this.role = source.role();
					this.content = source.content();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The role of the message sender (e.g., system, user, developer).
				 * @param role the value (required)
				 * @return this builder
				 */
				public Builder role(@Nullable String role) {
					this.role = role;
					return this;
				}

				/**
				 * The content of the message.
				 * @param content the value (required)
				 * @return this builder
				 */
				public Builder content(@Nullable String content) {
					this.content = content;
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
				public InputItem build() {
					return new InputItem(Objects.requireNonNull(this.role, "'role' is required"),
							Objects.requireNonNull(this.content, "'content' is required"), this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link InputItem} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<InputItem> {

				Reader() {
					super(InputItem.class, "role", "content");
				}

				@Override
				protected InputItem create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new InputItem((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link InputItem} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<InputItem> {

				Writer() {
					super(InputItem.class, "role", "content");
				}

				@Override
				protected @Nullable Object value(InputItem record, int index) {
					return switch (index) {
						case 0 -> record.role();
						case 1 -> record.content();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(InputItem record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * An item of a {@link Sample}'s {@code output}.
		 *
		 * @param role The role of the message (e.g. "system", "assistant", "user").
		 * @param content The content of the message.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = OutputItem.Reader.class)
		public static record OutputItem(@JsonProperty("role") @Nullable String role,
				@JsonProperty("content") @Nullable String content,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link OutputItem}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param role The role of the message (e.g. "system", "assistant", "user").
			 * @param content The content of the message.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public OutputItem {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link OutputItem}.
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
			 * Builds a {@link OutputItem}.
			 */
			public static final class Builder {

				private @Nullable String role;

				private @Nullable String content;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(OutputItem source) {
					this.role = source.role();
					this.content = source.content();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The role of the message (e.g. "system", "assistant", "user").
				 * @param role the value
				 * @return this builder
				 */
				public Builder role(@Nullable String role) {
					this.role = role;
					return this;
				}

				/**
				 * The content of the message.
				 * @param content the value
				 * @return this builder
				 */
				public Builder content(@Nullable String content) {
					this.content = content;
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
				public OutputItem build() {
					return new OutputItem(this.role, this.content, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link OutputItem} from the parser's tokens; Jackson creates it
			 * from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<OutputItem> {

				Reader() {
					super(OutputItem.class, "role", "content");
				}

				@Override
				protected OutputItem create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new OutputItem((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link OutputItem} without reflection; the client's mapper finds
			 * it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<OutputItem> {

				Writer() {
					super(OutputItem.class, "role", "content");
				}

				@Override
				protected @Nullable Object value(OutputItem record, int index) {
					return switch (index) {
						case 0 -> record.role();
						case 1 -> record.content();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(OutputItem record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Token usage details for the sample.
		 *
		 * @param totalTokens The total number of tokens used.
		 * @param completionTokens The number of completion tokens generated.
		 * @param promptTokens The number of prompt tokens used.
		 * @param cachedTokens The number of tokens retrieved from cache.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Usage.Reader.class)
		public static record Usage(@JsonProperty("total_tokens") Long totalTokens,
				@JsonProperty("completion_tokens") Long completionTokens,
				@JsonProperty("prompt_tokens") Long promptTokens, @JsonProperty("cached_tokens") Long cachedTokens,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Usage}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param totalTokens The total number of tokens used.
			 * @param completionTokens The number of completion tokens generated.
			 * @param promptTokens The number of prompt tokens used.
			 * @param cachedTokens The number of tokens retrieved from cache.
			 * @param additionalProperties properties that this version of the client does
			 * not know
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

				private @Nullable Long totalTokens;

				private @Nullable Long completionTokens;

				private @Nullable Long promptTokens;

				private @Nullable Long cachedTokens;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Usage source) {
					this.totalTokens = source.totalTokens();
					this.completionTokens = source.completionTokens();
					this.promptTokens = source.promptTokens();
					this.cachedTokens = source.cachedTokens();
					this.additionalProperties.putAll(source.additionalProperties());
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
				 * The number of completion tokens generated.
				 * @param completionTokens the value (required)
				 * @return this builder
				 */
				public Builder completionTokens(@Nullable Long completionTokens) {
					this.completionTokens = completionTokens;
					return this;
				}

				/**
				 * The number of prompt tokens used.
				 * @param promptTokens the value (required)
				 * @return this builder
				 */
				public Builder promptTokens(@Nullable Long promptTokens) {
					this.promptTokens = promptTokens;
					return this;
				}

				/**
				 * The number of tokens retrieved from cache.
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
				public Usage build() {
					return new Usage(Objects.requireNonNull(this.totalTokens, "'totalTokens' is required"),
							Objects.requireNonNull(this.completionTokens, "'completionTokens' is required"),
							Objects.requireNonNull(this.promptTokens, "'promptTokens' is required"),
							Objects.requireNonNull(this.cachedTokens, "'cachedTokens' is required"),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Usage} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Usage> {

				Reader() {
					super(Usage.class, "total_tokens", "completion_tokens", "prompt_tokens", "cached_tokens");
				}

				@Override
				protected Usage create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Usage((Long) values[0], (Long) values[1], (Long) values[2], (Long) values[3],
							additionalProperties);
				}

			}

			/**
			 * Writes a {@link Usage} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Usage> {

				Writer() {
					super(Usage.class, "total_tokens", "completion_tokens", "prompt_tokens", "cached_tokens");
				}

				@Override
				protected @Nullable Object value(Usage record, int index) {
					return switch (index) {
						case 0 -> record.totalTokens();
						case 1 -> record.completionTokens();
						case 2 -> record.promptTokens();
						case 3 -> record.cachedTokens();
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
		 * Builds a {@link Sample}.
		 */
		public static final class Builder {

			private @Nullable List<InputItem> input;

			private @Nullable List<OutputItem> output;

			private @Nullable String finishReason;

			private @Nullable String model;

			private @Nullable Usage usage;

			private @Nullable EvalApiError error;

			private @Nullable Double temperature;

			private @Nullable Long maxCompletionTokens;

			private @Nullable Double topP;

			private @Nullable Long seed;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Sample source) {
				this.input = (source.input() != null) ? new ArrayList<>(source.input()) : null;
				this.output = (source.output() != null) ? new ArrayList<>(source.output()) : null;
				this.finishReason = source.finishReason();
				this.model = source.model();
				this.usage = source.usage();
				this.error = source.error();
				this.temperature = source.temperature();
				this.maxCompletionTokens = source.maxCompletionTokens();
				this.topP = source.topP();
				this.seed = source.seed();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * An array of input messages.
			 * <p>
			 * Takes a copy of the list.
			 * @param input the value (required)
			 * @return this builder
			 */
			public Builder input(@Nullable List<InputItem> input) {
				this.input = (input != null) ? new ArrayList<>(input) : null;
				return this;
			}

			/**
			 * An array of input messages.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param input the item to add
			 * @return this builder
			 */
			public Builder addInput(InputItem input) {
				Objects.requireNonNull(input, "'input' must not be null");
				if (this.input == null) {
					this.input = new ArrayList<>();
				}
				this.input.add(input);
				return this;
			}

			/**
			 * An array of output messages.
			 * <p>
			 * Takes a copy of the list.
			 * @param output the value (required)
			 * @return this builder
			 */
			public Builder output(@Nullable List<OutputItem> output) {
				this.output = (output != null) ? new ArrayList<>(output) : null;
				return this;
			}

			/**
			 * An array of output messages.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param output the item to add
			 * @return this builder
			 */
			public Builder addOutput(OutputItem output) {
				Objects.requireNonNull(output, "'output' must not be null");
				if (this.output == null) {
					this.output = new ArrayList<>();
				}
				this.output.add(output);
				return this;
			}

			/**
			 * The reason why the sample generation was finished.
			 * @param finishReason the value (required)
			 * @return this builder
			 */
			public Builder finishReason(@Nullable String finishReason) {
				this.finishReason = finishReason;
				return this;
			}

			/**
			 * The model used for generating the sample.
			 * @param model the value (required)
			 * @return this builder
			 */
			public Builder model(@Nullable String model) {
				this.model = model;
				return this;
			}

			/**
			 * Token usage details for the sample.
			 * @param usage the value (required)
			 * @return this builder
			 */
			public Builder usage(@Nullable Usage usage) {
				this.usage = usage;
				return this;
			}

			/**
			 * An object representing an error response from the Eval API.
			 * @param error the value (required)
			 * @return this builder
			 */
			public Builder error(@Nullable EvalApiError error) {
				this.error = error;
				return this;
			}

			/**
			 * The sampling temperature used.
			 * @param temperature the value (required)
			 * @return this builder
			 */
			public Builder temperature(@Nullable Double temperature) {
				this.temperature = temperature;
				return this;
			}

			/**
			 * The maximum number of tokens allowed for completion.
			 * @param maxCompletionTokens the value (required)
			 * @return this builder
			 */
			public Builder maxCompletionTokens(@Nullable Long maxCompletionTokens) {
				this.maxCompletionTokens = maxCompletionTokens;
				return this;
			}

			/**
			 * The top_p value used for sampling.
			 * @param topP the value (required)
			 * @return this builder
			 */
			public Builder topP(@Nullable Double topP) {
				this.topP = topP;
				return this;
			}

			/**
			 * The seed used for generating the sample.
			 * @param seed the value (required)
			 * @return this builder
			 */
			public Builder seed(@Nullable Long seed) {
				this.seed = seed;
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
			public Sample build() {
				return new Sample(
						Collections.unmodifiableList(
								new ArrayList<>(Objects.requireNonNull(this.input, "'input' is required"))),
						Collections.unmodifiableList(
								new ArrayList<>(Objects.requireNonNull(this.output, "'output' is required"))),
						Objects.requireNonNull(this.finishReason, "'finishReason' is required"),
						Objects.requireNonNull(this.model, "'model' is required"),
						Objects.requireNonNull(this.usage, "'usage' is required"),
						Objects.requireNonNull(this.error, "'error' is required"),
						Objects.requireNonNull(this.temperature, "'temperature' is required"),
						Objects.requireNonNull(this.maxCompletionTokens, "'maxCompletionTokens' is required"),
						Objects.requireNonNull(this.topP, "'topP' is required"),
						Objects.requireNonNull(this.seed, "'seed' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Sample} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Sample> {

			Reader() {
				super(Sample.class, "input", "output", "finish_reason", "model", "usage", "error", "temperature",
						"max_completion_tokens", "top_p", "seed");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Sample create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Sample((List<InputItem>) values[0], (List<OutputItem>) values[1], (String) values[2],
						(String) values[3], (Usage) values[4], (EvalApiError) values[5], (Double) values[6],
						(Long) values[7], (Double) values[8], (Long) values[9], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Sample} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Sample> {

			Writer() {
				super(Sample.class, "input", "output", "finish_reason", "model", "usage", "error", "temperature",
						"max_completion_tokens", "top_p", "seed");
			}

			@Override
			protected @Nullable Object value(Sample record, int index) {
				return switch (index) {
					case 0 -> record.input();
					case 1 -> record.output();
					case 2 -> record.finishReason();
					case 3 -> record.model();
					case 4 -> record.usage();
					case 5 -> record.error();
					case 6 -> record.temperature();
					case 7 -> record.maxCompletionTokens();
					case 8 -> record.topP();
					case 9 -> record.seed();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Sample record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link EvalRunOutputItem}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String runId;

		private @Nullable String evalId;

		private @Nullable Long createdAt;

		private @Nullable String status;

		private @Nullable Long datasourceItemId;

		private @Nullable Map<String, Object> datasourceItem;

		private @Nullable List<EvalRunOutputItemResult> results;

		private @Nullable Sample sample;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "eval.run.output_item";
		}

		private Builder(EvalRunOutputItem source) {
			this.object = source.object();
			this.id = source.id();
			this.runId = source.runId();
			this.evalId = source.evalId();
			this.createdAt = source.createdAt();
			this.status = source.status();
			this.datasourceItemId = source.datasourceItemId();
			this.datasourceItem = (source.datasourceItem() != null) ? new LinkedHashMap<>(source.datasourceItem())
					: null;
			this.results = (source.results() != null) ? new ArrayList<>(source.results()) : null;
			this.sample = source.sample();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the evaluation run output item.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The identifier of the evaluation run associated with this output item.
		 * @param runId the value (required)
		 * @return this builder
		 */
		public Builder runId(@Nullable String runId) {
			this.runId = runId;
			return this;
		}

		/**
		 * The identifier of the evaluation group.
		 * @param evalId the value (required)
		 * @return this builder
		 */
		public Builder evalId(@Nullable String evalId) {
			this.evalId = evalId;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) when the evaluation run was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The status of the evaluation run.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			this.status = status;
			return this;
		}

		/**
		 * The identifier for the data source item.
		 * @param datasourceItemId the value (required)
		 * @return this builder
		 */
		public Builder datasourceItemId(@Nullable Long datasourceItemId) {
			this.datasourceItemId = datasourceItemId;
			return this;
		}

		/**
		 * Details of the input data source item.
		 * <p>
		 * Takes a copy of the map.
		 * @param datasourceItem the value (required)
		 * @return this builder
		 */
		public Builder datasourceItem(@Nullable Map<String, ?> datasourceItem) {
			this.datasourceItem = (datasourceItem != null) ? new LinkedHashMap<>(datasourceItem) : null;
			return this;
		}

		/**
		 * Details of the input data source item.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putDatasourceItem(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.datasourceItem == null) {
				this.datasourceItem = new LinkedHashMap<>();
			}
			this.datasourceItem.put(key, value);
			return this;
		}

		/**
		 * A list of grader results for this output item.
		 * <p>
		 * Takes a copy of the list.
		 * @param results the value (required)
		 * @return this builder
		 */
		public Builder results(@Nullable List<EvalRunOutputItemResult> results) {
			this.results = (results != null) ? new ArrayList<>(results) : null;
			return this;
		}

		/**
		 * A list of grader results for this output item.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param result the item to add
		 * @return this builder
		 */
		public Builder addResult(EvalRunOutputItemResult result) {
			Objects.requireNonNull(result, "'result' must not be null");
			if (this.results == null) {
				this.results = new ArrayList<>();
			}
			this.results.add(result);
			return this;
		}

		/**
		 * A sample containing the input and output of the evaluation run.
		 * @param sample the value (required)
		 * @return this builder
		 */
		public Builder sample(@Nullable Sample sample) {
			this.sample = sample;
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
		public EvalRunOutputItem build() {
			return new EvalRunOutputItem(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.runId, "'runId' is required"),
					Objects.requireNonNull(this.evalId, "'evalId' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.datasourceItemId, "'datasourceItemId' is required"),
					Collections.unmodifiableMap(new LinkedHashMap<>(
							Objects.requireNonNull(this.datasourceItem, "'datasourceItem' is required"))),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.results, "'results' is required"))),
					Objects.requireNonNull(this.sample, "'sample' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalRunOutputItem} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalRunOutputItem> {

		Reader() {
			super(EvalRunOutputItem.class, "object", "id", "run_id", "eval_id", "created_at", "status",
					"datasource_item_id", "datasource_item", "results", "sample");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EvalRunOutputItem create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalRunOutputItem((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(Long) values[4], (String) values[5], (Long) values[6], (Map<String, Object>) values[7],
					(List<EvalRunOutputItemResult>) values[8], (Sample) values[9], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalRunOutputItem} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalRunOutputItem> {

		Writer() {
			super(EvalRunOutputItem.class, "object", "id", "run_id", "eval_id", "created_at", "status",
					"datasource_item_id", "datasource_item", "results", "sample");
		}

		@Override
		protected @Nullable Object value(EvalRunOutputItem record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.runId();
				case 3 -> record.evalId();
				case 4 -> record.createdAt();
				case 5 -> record.status();
				case 6 -> record.datasourceItemId();
				case 7 -> record.datasourceItem();
				case 8 -> record.results();
				case 9 -> record.sample();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalRunOutputItem record) {
			return record.additionalProperties();
		}

	}
}
