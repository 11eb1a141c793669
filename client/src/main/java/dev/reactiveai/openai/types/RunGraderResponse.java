// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code POST /fine_tuning/alpha/graders/run}: Run a grader.
 *
 * @param reward A number (the API description says no more).
 * @param metadata A {@link dev.reactiveai.openai.types.RunGraderResponse.Metadata} (the
 * API description says no more).
 * @param subRewards A map of names to any JSON values (the API description says no more).
 * @param modelGraderTokenUsagePerModel A map of names to any JSON values (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunGraderResponse.Reader.class)
public record RunGraderResponse(@JsonProperty("reward") Double reward,
		@JsonProperty("metadata") RunGraderResponse.Metadata metadata,
		@JsonProperty("sub_rewards") Map<String, Object> subRewards,
		@JsonProperty("model_grader_token_usage_per_model") Map<String, Object> modelGraderTokenUsagePerModel,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RunGraderResponse}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param reward A number (the API description says no more).
	 * @param metadata A {@link dev.reactiveai.openai.types.RunGraderResponse.Metadata}
	 * (the API description says no more).
	 * @param subRewards A map of names to any JSON values (the API description says no
	 * more).
	 * @param modelGraderTokenUsagePerModel A map of names to any JSON values (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunGraderResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunGraderResponse}.
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
	 * A {@link RunGraderResponse}'s {@code metadata}.
	 *
	 * @param name A string (the API description says no more).
	 * @param type A string (the API description says no more).
	 * @param errors A
	 * {@link dev.reactiveai.openai.types.RunGraderResponse.Metadata.Errors} (the API
	 * description says no more).
	 * @param executionTime A number (the API description says no more).
	 * @param scores A map of names to any JSON values (the API description says no more).
	 * @param tokenUsage An integer (the API description says no more).
	 * @param sampledModelName A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Metadata.Reader.class)
	public static record Metadata(@JsonProperty("name") String name, @JsonProperty("type") String type,
			@JsonProperty("errors") Metadata.Errors errors, @JsonProperty("execution_time") Double executionTime,
			@JsonProperty("scores") Map<String, Object> scores, @JsonProperty("token_usage") @Nullable Long tokenUsage,
			@JsonProperty("sampled_model_name") @Nullable String sampledModelName,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Metadata}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param name A string (the API description says no more).
		 * @param type A string (the API description says no more).
		 * @param errors A
		 * {@link dev.reactiveai.openai.types.RunGraderResponse.Metadata.Errors} (the API
		 * description says no more).
		 * @param executionTime A number (the API description says no more).
		 * @param scores A map of names to any JSON values (the API description says no
		 * more).
		 * @param tokenUsage An integer (the API description says no more).
		 * @param sampledModelName A string (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Metadata {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Metadata}.
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
		 * A {@link Metadata}'s {@code errors}.
		 *
		 * @param formulaParseError A boolean (the API description says no more).
		 * @param sampleParseError A boolean (the API description says no more).
		 * @param truncatedObservationError A boolean (the API description says no more).
		 * @param unresponsiveRewardError A boolean (the API description says no more).
		 * @param invalidVariableError A boolean (the API description says no more).
		 * @param otherError A boolean (the API description says no more).
		 * @param pythonGraderServerError A boolean (the API description says no more).
		 * @param pythonGraderServerErrorType A string (the API description says no more).
		 * @param pythonGraderRuntimeError A boolean (the API description says no more).
		 * @param pythonGraderRuntimeErrorDetails A string (the API description says no
		 * more).
		 * @param modelGraderServerError A boolean (the API description says no more).
		 * @param modelGraderRefusalError A boolean (the API description says no more).
		 * @param modelGraderParseError A boolean (the API description says no more).
		 * @param modelGraderServerErrorDetails A string (the API description says no
		 * more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Errors.Reader.class)
		public static record Errors(@JsonProperty("formula_parse_error") Boolean formulaParseError,
				@JsonProperty("sample_parse_error") Boolean sampleParseError,
				@JsonProperty("truncated_observation_error") Boolean truncatedObservationError,
				@JsonProperty("unresponsive_reward_error") Boolean unresponsiveRewardError,
				@JsonProperty("invalid_variable_error") Boolean invalidVariableError,
				@JsonProperty("other_error") Boolean otherError,
				@JsonProperty("python_grader_server_error") Boolean pythonGraderServerError,
				@JsonProperty("python_grader_server_error_type") @Nullable String pythonGraderServerErrorType,
				@JsonProperty("python_grader_runtime_error") Boolean pythonGraderRuntimeError,
				@JsonProperty("python_grader_runtime_error_details") @Nullable String pythonGraderRuntimeErrorDetails,
				@JsonProperty("model_grader_server_error") Boolean modelGraderServerError,
				@JsonProperty("model_grader_refusal_error") Boolean modelGraderRefusalError,
				@JsonProperty("model_grader_parse_error") Boolean modelGraderParseError,
				@JsonProperty("model_grader_server_error_details") @Nullable String modelGraderServerErrorDetails,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Errors}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param formulaParseError A boolean (the API description says no more).
			 * @param sampleParseError A boolean (the API description says no more).
			 * @param truncatedObservationError A boolean (the API description says no
			 * more).
			 * @param unresponsiveRewardError A boolean (the API description says no
			 * more).
			 * @param invalidVariableError A boolean (the API description says no more).
			 * @param otherError A boolean (the API description says no more).
			 * @param pythonGraderServerError A boolean (the API description says no
			 * more).
			 * @param pythonGraderServerErrorType A string (the API description says no
			 * more).
			 * @param pythonGraderRuntimeError A boolean (the API description says no
			 * more).
			 * @param pythonGraderRuntimeErrorDetails A string (the API description says
			 * no more).
			 * @param modelGraderServerError A boolean (the API description says no more).
			 * @param modelGraderRefusalError A boolean (the API description says no
			 * more).
			 * @param modelGraderParseError A boolean (the API description says no more).
			 * @param modelGraderServerErrorDetails A string (the API description says no
			 * more).
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Errors {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Errors}.
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
			 * Builds a {@link Errors}.
			 */
			public static final class Builder {

				private @Nullable Boolean formulaParseError;

				private @Nullable Boolean sampleParseError;

				private @Nullable Boolean truncatedObservationError;

				private @Nullable Boolean unresponsiveRewardError;

				private @Nullable Boolean invalidVariableError;

				private @Nullable Boolean otherError;

				private @Nullable Boolean pythonGraderServerError;

				private @Nullable String pythonGraderServerErrorType;

				private @Nullable Boolean pythonGraderRuntimeError;

				private @Nullable String pythonGraderRuntimeErrorDetails;

				private @Nullable Boolean modelGraderServerError;

				private @Nullable Boolean modelGraderRefusalError;

				private @Nullable Boolean modelGraderParseError;

				private @Nullable String modelGraderServerErrorDetails;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Errors source) {
					this.formulaParseError = source.formulaParseError();
					this.sampleParseError = source.sampleParseError();
					this.truncatedObservationError = source.truncatedObservationError();
					this.unresponsiveRewardError = source.unresponsiveRewardError();
					this.invalidVariableError = source.invalidVariableError();
					this.otherError = source.otherError();
					this.pythonGraderServerError = source.pythonGraderServerError();
					this.pythonGraderServerErrorType = source.pythonGraderServerErrorType();
					this.pythonGraderRuntimeError = source.pythonGraderRuntimeError();
					this.pythonGraderRuntimeErrorDetails = source.pythonGraderRuntimeErrorDetails();
					this.modelGraderServerError = source.modelGraderServerError();
					this.modelGraderRefusalError = source.modelGraderRefusalError();
					this.modelGraderParseError = source.modelGraderParseError();
					this.modelGraderServerErrorDetails = source.modelGraderServerErrorDetails();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A boolean (the API description says no more).
				 * @param formulaParseError the value (required)
				 * @return this builder
				 */
				public Builder formulaParseError(@Nullable Boolean formulaParseError) {
					this.formulaParseError = formulaParseError;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param sampleParseError the value (required)
				 * @return this builder
				 */
				public Builder sampleParseError(@Nullable Boolean sampleParseError) {
					this.sampleParseError = sampleParseError;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param truncatedObservationError the value (required)
				 * @return this builder
				 */
				public Builder truncatedObservationError(@Nullable Boolean truncatedObservationError) {
					this.truncatedObservationError = truncatedObservationError;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param unresponsiveRewardError the value (required)
				 * @return this builder
				 */
				public Builder unresponsiveRewardError(@Nullable Boolean unresponsiveRewardError) {
					this.unresponsiveRewardError = unresponsiveRewardError;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param invalidVariableError the value (required)
				 * @return this builder
				 */
				public Builder invalidVariableError(@Nullable Boolean invalidVariableError) {
					this.invalidVariableError = invalidVariableError;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param otherError the value (required)
				 * @return this builder
				 */
				public Builder otherError(@Nullable Boolean otherError) {
					this.otherError = otherError;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param pythonGraderServerError the value (required)
				 * @return this builder
				 */
				public Builder pythonGraderServerError(@Nullable Boolean pythonGraderServerError) {
					this.pythonGraderServerError = pythonGraderServerError;
					return this;
				}

				/**
				 * A string (the API description says no more).
				 * @param pythonGraderServerErrorType the value
				 * @return this builder
				 */
				public Builder pythonGraderServerErrorType(@Nullable String pythonGraderServerErrorType) {
					this.pythonGraderServerErrorType = pythonGraderServerErrorType;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param pythonGraderRuntimeError the value (required)
				 * @return this builder
				 */
				public Builder pythonGraderRuntimeError(@Nullable Boolean pythonGraderRuntimeError) {
					this.pythonGraderRuntimeError = pythonGraderRuntimeError;
					return this;
				}

				/**
				 * A string (the API description says no more).
				 * @param pythonGraderRuntimeErrorDetails the value
				 * @return this builder
				 */
				public Builder pythonGraderRuntimeErrorDetails(@Nullable String pythonGraderRuntimeErrorDetails) {
					this.pythonGraderRuntimeErrorDetails = pythonGraderRuntimeErrorDetails;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param modelGraderServerError the value (required)
				 * @return this builder
				 */
				public Builder modelGraderServerError(@Nullable Boolean modelGraderServerError) {
					this.modelGraderServerError = modelGraderServerError;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param modelGraderRefusalError the value (required)
				 * @return this builder
				 */
				public Builder modelGraderRefusalError(@Nullable Boolean modelGraderRefusalError) {
					this.modelGraderRefusalError = modelGraderRefusalError;
					return this;
				}

				/**
				 * A boolean (the API description says no more).
				 * @param modelGraderParseError the value (required)
				 * @return this builder
				 */
				public Builder modelGraderParseError(@Nullable Boolean modelGraderParseError) {
					this.modelGraderParseError = modelGraderParseError;
					return this;
				}

				/**
				 * A string (the API description says no more).
				 * @param modelGraderServerErrorDetails the value
				 * @return this builder
				 */
				public Builder modelGraderServerErrorDetails(@Nullable String modelGraderServerErrorDetails) {
					this.modelGraderServerErrorDetails = modelGraderServerErrorDetails;
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
				public Errors build() {
					return new Errors(Objects.requireNonNull(this.formulaParseError, "'formulaParseError' is required"),
							Objects.requireNonNull(this.sampleParseError, "'sampleParseError' is required"),
							Objects.requireNonNull(this.truncatedObservationError,
									"'truncatedObservationError' is required"),
							Objects.requireNonNull(this.unresponsiveRewardError,
									"'unresponsiveRewardError' is required"),
							Objects.requireNonNull(this.invalidVariableError, "'invalidVariableError' is required"),
							Objects.requireNonNull(this.otherError, "'otherError' is required"),
							Objects
								.requireNonNull(this.pythonGraderServerError, "'pythonGraderServerError' is required"),
							this.pythonGraderServerErrorType,
							Objects.requireNonNull(this.pythonGraderRuntimeError,
									"'pythonGraderRuntimeError' is required"),
							this.pythonGraderRuntimeErrorDetails,
							Objects.requireNonNull(this.modelGraderServerError, "'modelGraderServerError' is required"),
							Objects.requireNonNull(this.modelGraderRefusalError,
									"'modelGraderRefusalError' is required"),
							Objects.requireNonNull(this.modelGraderParseError, "'modelGraderParseError' is required"),
							this.modelGraderServerErrorDetails, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Errors} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Errors> {

				Reader() {
					super(Errors.class, "formula_parse_error", "sample_parse_error", "truncated_observation_error",
							"unresponsive_reward_error", "invalid_variable_error", "other_error",
							"python_grader_server_error", "python_grader_server_error_type",
							"python_grader_runtime_error", "python_grader_runtime_error_details",
							"model_grader_server_error", "model_grader_refusal_error", "model_grader_parse_error",
							"model_grader_server_error_details");
				}

				@Override
				protected Errors create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Errors((Boolean) values[0], (Boolean) values[1], (Boolean) values[2],
							(Boolean) values[3], (Boolean) values[4], (Boolean) values[5], (Boolean) values[6],
							(String) values[7], (Boolean) values[8], (String) values[9], (Boolean) values[10],
							(Boolean) values[11], (Boolean) values[12], (String) values[13], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Errors} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Errors> {

				Writer() {
					super(Errors.class, "formula_parse_error", "sample_parse_error", "truncated_observation_error",
							"unresponsive_reward_error", "invalid_variable_error", "other_error",
							"python_grader_server_error", "python_grader_server_error_type",
							"python_grader_runtime_error", "python_grader_runtime_error_details",
							"model_grader_server_error", "model_grader_refusal_error", "model_grader_parse_error",
							"model_grader_server_error_details");
				}

				@Override
				protected @Nullable Object value(Errors record, int index) {
					return switch (index) {
						case 0 -> record.formulaParseError();
						case 1 -> record.sampleParseError();
						case 2 -> record.truncatedObservationError();
						case 3 -> record.unresponsiveRewardError();
						case 4 -> record.invalidVariableError();
						case 5 -> record.otherError();
						case 6 -> record.pythonGraderServerError();
						case 7 -> record.pythonGraderServerErrorType();
						case 8 -> record.pythonGraderRuntimeError();
						case 9 -> record.pythonGraderRuntimeErrorDetails();
						case 10 -> record.modelGraderServerError();
						case 11 -> record.modelGraderRefusalError();
						case 12 -> record.modelGraderParseError();
						case 13 -> record.modelGraderServerErrorDetails();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Errors record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link Metadata}.
		 */
		public static final class Builder {

			private @Nullable String name;

			private @Nullable String type;

			private @Nullable Errors errors;

			private @Nullable Double executionTime;

			private @Nullable Map<String, Object> scores;

			private @Nullable Long tokenUsage;

			private @Nullable String sampledModelName;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Metadata source) {
				this.name = source.name();
				this.type = source.type();
				this.errors = source.errors();
				this.executionTime = source.executionTime();
				this.scores = (source.scores() != null) ? new LinkedHashMap<>(source.scores()) : null;
				this.tokenUsage = source.tokenUsage();
				this.sampledModelName = source.sampledModelName();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A string (the API description says no more).
			 * @param name the value (required)
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * A string (the API description says no more).
			 * @param type the value (required)
			 * @return this builder
			 */
			public Builder type(@Nullable String type) {
				this.type = type;
				return this;
			}

			/**
			 * A {@link dev.reactiveai.openai.types.RunGraderResponse.Metadata.Errors}
			 * (the API description says no more).
			 * @param errors the value (required)
			 * @return this builder
			 */
			public Builder errors(@Nullable Errors errors) {
				this.errors = errors;
				return this;
			}

			/**
			 * A number (the API description says no more).
			 * @param executionTime the value (required)
			 * @return this builder
			 */
			public Builder executionTime(@Nullable Double executionTime) {
				this.executionTime = executionTime;
				return this;
			}

			/**
			 * A map of names to any JSON values (the API description says no more).
			 * <p>
			 * Takes a copy of the map.
			 * @param scores the value (required)
			 * @return this builder
			 */
			public Builder scores(@Nullable Map<String, ?> scores) {
				this.scores = (scores != null) ? new LinkedHashMap<>(scores) : null;
				return this;
			}

			/**
			 * A map of names to any JSON values (the API description says no more).
			 * <p>
			 * Puts one entry in the map, replacing the value of a name it has.
			 * @param key the entry's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder putScore(String key, Object value) {
				Objects.requireNonNull(key, "'key' must not be null");
				Objects.requireNonNull(value, "'value' must not be null");
				if (this.scores == null) {
					this.scores = new LinkedHashMap<>();
				}
				this.scores.put(key, value);
				return this;
			}

			/**
			 * An integer (the API description says no more).
			 * @param tokenUsage the value
			 * @return this builder
			 */
			public Builder tokenUsage(@Nullable Long tokenUsage) {
				this.tokenUsage = tokenUsage;
				return this;
			}

			/**
			 * A string (the API description says no more).
			 * @param sampledModelName the value
			 * @return this builder
			 */
			public Builder sampledModelName(@Nullable String sampledModelName) {
				this.sampledModelName = sampledModelName;
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
			public Metadata build() {
				return new Metadata(Objects.requireNonNull(this.name, "'name' is required"),
						Objects.requireNonNull(this.type, "'type' is required"),
						Objects.requireNonNull(this.errors, "'errors' is required"),
						Objects.requireNonNull(this.executionTime, "'executionTime' is required"),
						Collections.unmodifiableMap(
								new LinkedHashMap<>(Objects.requireNonNull(this.scores, "'scores' is required"))),
						this.tokenUsage, this.sampledModelName, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Metadata} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Metadata> {

			Reader() {
				super(Metadata.class, "name", "type", "errors", "execution_time", "scores", "token_usage",
						"sampled_model_name");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Metadata create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Metadata((String) values[0], (String) values[1], (Errors) values[2], (Double) values[3],
						(Map<String, Object>) values[4], (Long) values[5], (String) values[6], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Metadata} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Metadata> {

			Writer() {
				super(Metadata.class, "name", "type", "errors", "execution_time", "scores", "token_usage",
						"sampled_model_name");
			}

			@Override
			protected @Nullable Object value(Metadata record, int index) {
				return switch (index) {
					case 0 -> record.name();
					case 1 -> record.type();
					case 2 -> record.errors();
					case 3 -> record.executionTime();
					case 4 -> record.scores();
					case 5 -> record.tokenUsage();
					case 6 -> record.sampledModelName();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Metadata record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RunGraderResponse}.
	 */
	public static final class Builder {

		private @Nullable Double reward;

		private @Nullable Metadata metadata;

		private @Nullable Map<String, Object> subRewards;

		private @Nullable Map<String, Object> modelGraderTokenUsagePerModel;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RunGraderResponse source) {
			this.reward = source.reward();
			this.metadata = source.metadata();
			this.subRewards = (source.subRewards() != null) ? new LinkedHashMap<>(source.subRewards()) : null;
			this.modelGraderTokenUsagePerModel = (source.modelGraderTokenUsagePerModel() != null)
					? new LinkedHashMap<>(source.modelGraderTokenUsagePerModel()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A number (the API description says no more).
		 * @param reward the value (required)
		 * @return this builder
		 */
		public Builder reward(@Nullable Double reward) {
			this.reward = reward;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.RunGraderResponse.Metadata} (the API
		 * description says no more).
		 * @param metadata the value (required)
		 * @return this builder
		 */
		public Builder metadata(@Nullable Metadata metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * A map of names to any JSON values (the API description says no more).
		 * <p>
		 * Takes a copy of the map.
		 * @param subRewards the value (required)
		 * @return this builder
		 */
		public Builder subRewards(@Nullable Map<String, ?> subRewards) {
			this.subRewards = (subRewards != null) ? new LinkedHashMap<>(subRewards) : null;
			return this;
		}

		/**
		 * A map of names to any JSON values (the API description says no more).
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putSubReward(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.subRewards == null) {
				this.subRewards = new LinkedHashMap<>();
			}
			this.subRewards.put(key, value);
			return this;
		}

		/**
		 * A map of names to any JSON values (the API description says no more).
		 * <p>
		 * Takes a copy of the map.
		 * @param modelGraderTokenUsagePerModel the value (required)
		 * @return this builder
		 */
		public Builder modelGraderTokenUsagePerModel(@Nullable Map<String, ?> modelGraderTokenUsagePerModel) {
			this.modelGraderTokenUsagePerModel = (modelGraderTokenUsagePerModel != null)
					? new LinkedHashMap<>(modelGraderTokenUsagePerModel) : null;
			return this;
		}

		/**
		 * A map of names to any JSON values (the API description says no more).
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putModelGraderTokenUsagePerModel(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.modelGraderTokenUsagePerModel == null) {
				this.modelGraderTokenUsagePerModel = new LinkedHashMap<>();
			}
			this.modelGraderTokenUsagePerModel.put(key, value);
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
		public RunGraderResponse build() {
			return new RunGraderResponse(Objects.requireNonNull(this.reward, "'reward' is required"),
					Objects.requireNonNull(this.metadata, "'metadata' is required"),
					Collections.unmodifiableMap(
							new LinkedHashMap<>(Objects.requireNonNull(this.subRewards, "'subRewards' is required"))),
					Collections
						.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(this.modelGraderTokenUsagePerModel,
								"'modelGraderTokenUsagePerModel' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunGraderResponse} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunGraderResponse> {

		Reader() {
			super(RunGraderResponse.class, "reward", "metadata", "sub_rewards", "model_grader_token_usage_per_model");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RunGraderResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunGraderResponse((Double) values[0], (Metadata) values[1], (Map<String, Object>) values[2],
					(Map<String, Object>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunGraderResponse} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunGraderResponse> {

		Writer() {
			super(RunGraderResponse.class, "reward", "metadata", "sub_rewards", "model_grader_token_usage_per_model");
		}

		@Override
		protected @Nullable Object value(RunGraderResponse record, int index) {
			return switch (index) {
				case 0 -> record.reward();
				case 1 -> record.metadata();
				case 2 -> record.subRewards();
				case 3 -> record.modelGraderTokenUsagePerModel();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunGraderResponse record) {
			return record.additionalProperties();
		}

	}
}
