// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A ScoreModelGrader object that uses a model to assign a score to the input.
 *
 * @param type The object type, which is always `score_model`.
 * @param name The name of the grader.
 * @param model The model to use for the evaluation.
 * @param samplingParams The sampling parameters for the model.
 * @param input The input messages evaluated by the grader.
 * @param range The range of the score.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record GraderScoreModel(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("model") String model,
		@JsonProperty("sampling_params") GraderScoreModel.@Nullable SamplingParams samplingParams,
		@JsonProperty("input") List<EvalItem> input, @JsonProperty("range") @Nullable List<Double> range,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FineTuneReinforcementMethod.Grader,
			GraderMulti.Graders,
			RunGraderRequest.Grader,
			ValidateGraderRequest.Grader,
			ValidateGraderResponse.Grader {

	public GraderScoreModel {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link GraderScoreModel}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The sampling parameters for the model.
	 *
	 * @param seed the {@code seed} property
	 * @param topP the {@code top_p} property
	 * @param temperature the {@code temperature} property
	 * @param maxCompletionsTokens the {@code max_completions_tokens} property
	 * @param reasoningEffort the {@code reasoning_effort} property
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record SamplingParams(@JsonProperty("seed") @Nullable Long seed,
			@JsonProperty("top_p") @Nullable Double topP, @JsonProperty("temperature") @Nullable Double temperature,
			@JsonProperty("max_completions_tokens") @Nullable Long maxCompletionsTokens,
			@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public SamplingParams {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link SamplingParams}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
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
			 * Set {@code seed}.
			 * @param seed the value
			 * @return this builder
			 */
			public Builder seed(@Nullable Long seed) {
				this.seed = seed;
				return this;
			}

			/**
			 * Set {@code top_p}.
			 * @param topP the value
			 * @return this builder
			 */
			public Builder topP(@Nullable Double topP) {
				this.topP = topP;
				return this;
			}

			/**
			 * Set {@code temperature}.
			 * @param temperature the value
			 * @return this builder
			 */
			public Builder temperature(@Nullable Double temperature) {
				this.temperature = temperature;
				return this;
			}

			/**
			 * Set {@code max_completions_tokens}.
			 * @param maxCompletionsTokens the value
			 * @return this builder
			 */
			public Builder maxCompletionsTokens(@Nullable Long maxCompletionsTokens) {
				this.maxCompletionsTokens = maxCompletionsTokens;
				return this;
			}

			/**
			 * Set {@code reasoning_effort}.
			 * @param reasoningEffort the value
			 * @return this builder
			 */
			public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
				this.reasoningEffort = reasoningEffort;
				return this;
			}

			/**
			 * Set {@code reasoning_effort} to a value, known to this client or not.
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
	}

	/**
	 * Builds a {@link GraderScoreModel}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String model;

		private @Nullable SamplingParams samplingParams;

		private @Nullable List<EvalItem> input;

		private @Nullable List<Double> range;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "score_model";
		}

		private Builder(GraderScoreModel source) {
			this.type = source.type();
			this.name = source.name();
			this.model = source.model();
			this.samplingParams = source.samplingParams();
			this.input = source.input();
			this.range = source.range();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The object type, which is always `score_model`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code name}: The name of the grader.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set {@code model}: The model to use for the evaluation.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code sampling_params}: The sampling parameters for the model.
		 * @param samplingParams the value
		 * @return this builder
		 */
		public Builder samplingParams(@Nullable SamplingParams samplingParams) {
			this.samplingParams = samplingParams;
			return this;
		}

		/**
		 * Set {@code input}: The input messages evaluated by the grader. Supports text,
		 * output text, input image, and input audio content blocks, and may include
		 * template strings.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable List<EvalItem> input) {
			this.input = input;
			return this;
		}

		/**
		 * Set {@code range}: The range of the score. Defaults to `[0, 1]`.
		 * @param range the value
		 * @return this builder
		 */
		public Builder range(@Nullable List<Double> range) {
			this.range = range;
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
		public GraderScoreModel build() {
			return new GraderScoreModel(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.samplingParams,
					Objects.requireNonNull(this.input, "'input' is required"), this.range, this.additionalProperties);
		}

	}
}
