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
 * ScoreModelGrader
 *
 * @param type The object type, which is always {@code score_model}.
 * @param name The name of the grader.
 * @param model The model to use for the evaluation.
 * @param samplingParams The sampling parameters for the model.
 * @param input The input messages evaluated by the grader. Supports text, output text,
 * input image, and input audio content blocks, and may include template strings.
 * @param range The range of the score. Defaults to {@code [0, 1]}.
 * @param passThreshold The threshold for the score.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalGraderScoreModel.Reader.class)
public record EvalGraderScoreModel(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("model") String model,
		@JsonProperty("sampling_params") EvalGraderScoreModel.@Nullable SamplingParams samplingParams,
		@JsonProperty("input") List<EvalItem> input, @JsonProperty("range") @Nullable List<Double> range,
		@JsonProperty("pass_threshold") @Nullable Double passThreshold,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalRequest.TestingCriterion,
			Eval.TestingCriterion {

	/**
	 * Creates a {@link EvalGraderScoreModel}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The object type, which is always {@code score_model}.
	 * @param name The name of the grader.
	 * @param model The model to use for the evaluation.
	 * @param samplingParams The sampling parameters for the model.
	 * @param input The input messages evaluated by the grader.
	 * @param range The range of the score.
	 * @param passThreshold The threshold for the score.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalGraderScoreModel {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalGraderScoreModel}.
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
	 * The sampling parameters for the model.
	 *
	 * @param seed A seed value to initialize the randomness, during sampling.
	 * @param topP An alternative to temperature for nucleus sampling; 1.0 includes all
	 * tokens.
	 * @param temperature A higher temperature increases randomness in the outputs.
	 * @param maxCompletionsTokens The maximum number of tokens the grader model may
	 * generate in its response.
	 * @param reasoningEffort Constrains effort on reasoning for
	 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
	 * Currently supported values are {@code none}, {@code minimal}, {@code low},
	 * {@code medium}, {@code high}, and {@code xhigh}. Reducing reasoning effort can
	 * result in faster responses and fewer tokens used on reasoning in a response.
	 * <ul>
	 * <li>{@code gpt-5.1} defaults to {@code none}, which does not perform reasoning. The
	 * supported reasoning values for {@code gpt-5.1} are {@code none}, {@code low},
	 * {@code medium}, and {@code high}. Tool calls are supported for all reasoning values
	 * in gpt-5.1.</li>
	 * <li>All models before {@code gpt-5.1} default to {@code medium} reasoning effort,
	 * and do not support {@code none}.</li>
	 * <li>The {@code gpt-5-pro} model defaults to (and only supports) {@code high}
	 * reasoning effort.</li>
	 * <li>{@code xhigh} is supported for all models after {@code gpt-5.1-codex-max}.</li>
	 * </ul>
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = SamplingParams.Reader.class)
	public static record SamplingParams(@JsonProperty("seed") @Nullable Long seed,
			@JsonProperty("top_p") @Nullable Double topP, @JsonProperty("temperature") @Nullable Double temperature,
			@JsonProperty("max_completions_tokens") @Nullable Long maxCompletionsTokens,
			@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link SamplingParams}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param seed A seed value to initialize the randomness, during sampling.
		 * @param topP An alternative to temperature for nucleus sampling; 1.0 includes
		 * all tokens.
		 * @param temperature A higher temperature increases randomness in the outputs.
		 * @param maxCompletionsTokens The maximum number of tokens the grader model may
		 * generate in its response.
		 * @param reasoningEffort Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public SamplingParams {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link SamplingParams}.
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
		 * Builds a {@link SamplingParams}.
		 */
		public static final class Builder {

			private @Nullable Long seed;

			private @Nullable Double topP;

			private @Nullable Double temperature;

			private @Nullable Long maxCompletionsTokens;

			private @Nullable ReasoningEffort reasoningEffort;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(SamplingParams source) {
				this.seed = source.seed();
				this.topP = source.topP();
				this.temperature = source.temperature();
				this.maxCompletionsTokens = source.maxCompletionsTokens();
				this.reasoningEffort = source.reasoningEffort();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A seed value to initialize the randomness, during sampling.
			 * @param seed the value
			 * @return this builder
			 */
			public Builder seed(@Nullable Long seed) {
				this.seed = seed;
				return this;
			}

			/**
			 * An alternative to temperature for nucleus sampling; 1.0 includes all
			 * tokens.
			 * @param topP the value
			 * @return this builder
			 */
			public Builder topP(@Nullable Double topP) {
				this.topP = topP;
				return this;
			}

			/**
			 * A higher temperature increases randomness in the outputs.
			 * @param temperature the value
			 * @return this builder
			 */
			public Builder temperature(@Nullable Double temperature) {
				this.temperature = temperature;
				return this;
			}

			/**
			 * The maximum number of tokens the grader model may generate in its response.
			 * @param maxCompletionsTokens the value
			 * @return this builder
			 */
			public Builder maxCompletionsTokens(@Nullable Long maxCompletionsTokens) {
				this.maxCompletionsTokens = maxCompletionsTokens;
				return this;
			}

			/**
			 * Constrains effort on reasoning for
			 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
			 * models</a>.
			 * @param reasoningEffort the value
			 * @return this builder
			 */
			public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
				this.reasoningEffort = reasoningEffort;
				return this;
			}

			/**
			 * Constrains effort on reasoning for
			 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
			 * models</a>.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder reasoningEffort(String value) {
				return reasoningEffort(ReasoningEffort.of(value));
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
			public SamplingParams build() {
				return new SamplingParams(this.seed, this.topP, this.temperature, this.maxCompletionsTokens,
						this.reasoningEffort, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link SamplingParams} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<SamplingParams> {

			Reader() {
				super(SamplingParams.class, "seed", "top_p", "temperature", "max_completions_tokens",
						"reasoning_effort");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 4 -> ReasoningEffort.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected SamplingParams create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new SamplingParams((Long) values[0], (Double) values[1], (Double) values[2], (Long) values[3],
						(ReasoningEffort) values[4], additionalProperties);
			}

		}

		/**
		 * Writes a {@link SamplingParams} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<SamplingParams> {

			Writer() {
				super(SamplingParams.class, "seed", "top_p", "temperature", "max_completions_tokens",
						"reasoning_effort");
			}

			@Override
			protected @Nullable Object value(SamplingParams record, int index) {
				return switch (index) {
					case 0 -> record.seed();
					case 1 -> record.topP();
					case 2 -> record.temperature();
					case 3 -> record.maxCompletionsTokens();
					case 4 -> record.reasoningEffort();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(SamplingParams record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link EvalGraderScoreModel}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String model;

		private @Nullable SamplingParams samplingParams;

		private @Nullable List<EvalItem> input;

		private @Nullable List<Double> range;

		private @Nullable Double passThreshold;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "score_model";
		}

		private Builder(EvalGraderScoreModel source) {
			this.type = source.type();
			this.name = source.name();
			this.model = source.model();
			this.samplingParams = source.samplingParams();
			this.input = (source.input() != null) ? new ArrayList<>(source.input()) : null;
			this.range = (source.range() != null) ? new ArrayList<>(source.range()) : null;
			this.passThreshold = source.passThreshold();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the grader.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The model to use for the evaluation.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * The sampling parameters for the model.
		 * @param samplingParams the value
		 * @return this builder
		 */
		public Builder samplingParams(@Nullable SamplingParams samplingParams) {
			this.samplingParams = samplingParams;
			return this;
		}

		/**
		 * The input messages evaluated by the grader.
		 * <p>
		 * Takes a copy of the list.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable List<EvalItem> input) {
			this.input = (input != null) ? new ArrayList<>(input) : null;
			return this;
		}

		/**
		 * The input messages evaluated by the grader.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param input the item to add
		 * @return this builder
		 */
		public Builder addInput(EvalItem input) {
			Objects.requireNonNull(input, "'input' must not be null");
			if (this.input == null) {
				this.input = new ArrayList<>();
			}
			this.input.add(input);
			return this;
		}

		/**
		 * The range of the score.
		 * <p>
		 * Takes a copy of the list.
		 * @param range the value
		 * @return this builder
		 */
		public Builder range(@Nullable List<Double> range) {
			this.range = (range != null) ? new ArrayList<>(range) : null;
			return this;
		}

		/**
		 * The range of the score.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param range the item to add
		 * @return this builder
		 */
		public Builder addRange(Double range) {
			Objects.requireNonNull(range, "'range' must not be null");
			if (this.range == null) {
				this.range = new ArrayList<>();
			}
			this.range.add(range);
			return this;
		}

		/**
		 * The threshold for the score.
		 * @param passThreshold the value
		 * @return this builder
		 */
		public Builder passThreshold(@Nullable Double passThreshold) {
			this.passThreshold = passThreshold;
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
		public EvalGraderScoreModel build() {
			return new EvalGraderScoreModel(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.samplingParams,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.input, "'input' is required"))),
					(this.range != null) ? Collections.unmodifiableList(new ArrayList<>(this.range)) : null,
					this.passThreshold, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalGraderScoreModel} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalGraderScoreModel> {

		Reader() {
			super(EvalGraderScoreModel.class, "type", "name", "model", "sampling_params", "input", "range",
					"pass_threshold");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EvalGraderScoreModel create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalGraderScoreModel((String) values[0], (String) values[1], (String) values[2],
					(SamplingParams) values[3], (List<EvalItem>) values[4], (List<Double>) values[5],
					(Double) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalGraderScoreModel} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalGraderScoreModel> {

		Writer() {
			super(EvalGraderScoreModel.class, "type", "name", "model", "sampling_params", "input", "range",
					"pass_threshold");
		}

		@Override
		protected @Nullable Object value(EvalGraderScoreModel record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.model();
				case 3 -> record.samplingParams();
				case 4 -> record.input();
				case 5 -> record.range();
				case 6 -> record.passThreshold();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalGraderScoreModel record) {
			return record.additionalProperties();
		}

	}
}
