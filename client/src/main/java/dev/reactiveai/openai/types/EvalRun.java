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
 * A schema representing an evaluation run.
 *
 * @param object The type of the object. Always "eval.run".
 * @param id Unique identifier for the evaluation run.
 * @param evalId The identifier of the associated evaluation.
 * @param status The status of the evaluation run.
 * @param model The model that is evaluated, if applicable.
 * @param name The name of the evaluation run.
 * @param createdAt Unix timestamp (in seconds) when the evaluation run was created.
 * @param reportUrl The URL to the rendered evaluation run report on the UI dashboard.
 * @param resultCounts Counters summarizing the outcomes of the evaluation run.
 * @param perModelUsage Usage statistics for each model during the evaluation run.
 * @param perTestingCriteriaResults Results per testing criteria applied during the
 * evaluation run.
 * @param dataSource Information about the run's data source.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param error An object representing an error response from the Eval API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalRun.Reader.class)
public record EvalRun(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("eval_id") String evalId, @JsonProperty("status") String status,
		@JsonProperty("model") String model, @JsonProperty("name") String name,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("report_url") String reportUrl,
		@JsonProperty("result_counts") EvalRun.ResultCounts resultCounts,
		@JsonProperty("per_model_usage") List<EvalRun.PerModelUsageItem> perModelUsage,
		@JsonProperty("per_testing_criteria_results") List<EvalRun.PerTestingCriteriaResult> perTestingCriteriaResults,
		@JsonProperty("data_source") EvalRun.DataSource dataSource,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata, @JsonProperty("error") EvalApiError error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link EvalRun}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param object The type of the object.
	 * @param id Unique identifier for the evaluation run.
	 * @param evalId The identifier of the associated evaluation.
	 * @param status The status of the evaluation run.
	 * @param model The model that is evaluated, if applicable.
	 * @param name The name of the evaluation run.
	 * @param createdAt Unix timestamp (in seconds) when the evaluation run was created.
	 * @param reportUrl The URL to the rendered evaluation run report on the UI dashboard.
	 * @param resultCounts Counters summarizing the outcomes of the evaluation run.
	 * @param perModelUsage Usage statistics for each model during the evaluation run.
	 * @param perTestingCriteriaResults Results per testing criteria applied during the
	 * evaluation run.
	 * @param dataSource Information about the run's data source.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param error An object representing an error response from the Eval API.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalRun {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalRun}.
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
	 * Counters summarizing the outcomes of the evaluation run.
	 *
	 * @param total Total number of executed output items.
	 * @param errored Number of output items that resulted in an error.
	 * @param failed Number of output items that failed to pass the evaluation.
	 * @param passed Number of output items that passed the evaluation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ResultCounts.Reader.class)
	public static record ResultCounts(@JsonProperty("total") Long total, @JsonProperty("errored") Long errored,
			@JsonProperty("failed") Long failed, @JsonProperty("passed") Long passed,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ResultCounts}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param total Total number of executed output items.
		 * @param errored Number of output items that resulted in an error.
		 * @param failed Number of output items that failed to pass the evaluation.
		 * @param passed Number of output items that passed the evaluation.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ResultCounts {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ResultCounts}.
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
		 * Builds a {@link ResultCounts}.
		 */
		public static final class Builder {

			private @Nullable Long total;

			private @Nullable Long errored;

			private @Nullable Long failed;

			private @Nullable Long passed;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ResultCounts source) {
				this.total = source.total();
				this.errored = source.errored();
				this.failed = source.failed();
				this.passed = source.passed();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Total number of executed output items.
			 * @param total the value (required)
			 * @return this builder
			 */
			public Builder total(@Nullable Long total) {
				this.total = total;
				return this;
			}

			/**
			 * Number of output items that resulted in an error.
			 * @param errored the value (required)
			 * @return this builder
			 */
			public Builder errored(@Nullable Long errored) {
				this.errored = errored;
				return this;
			}

			/**
			 * Number of output items that failed to pass the evaluation.
			 * @param failed the value (required)
			 * @return this builder
			 */
			public Builder failed(@Nullable Long failed) {
				this.failed = failed;
				return this;
			}

			/**
			 * Number of output items that passed the evaluation.
			 * @param passed the value (required)
			 * @return this builder
			 */
			public Builder passed(@Nullable Long passed) {
				this.passed = passed;
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
			public ResultCounts build() {
				return new ResultCounts(Objects.requireNonNull(this.total, "'total' is required"),
						Objects.requireNonNull(this.errored, "'errored' is required"),
						Objects.requireNonNull(this.failed, "'failed' is required"),
						Objects.requireNonNull(this.passed, "'passed' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ResultCounts} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ResultCounts> {

			Reader() {
				super(ResultCounts.class, "total", "errored", "failed", "passed");
			}

			@Override
			protected ResultCounts create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ResultCounts((Long) values[0], (Long) values[1], (Long) values[2], (Long) values[3],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link ResultCounts} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ResultCounts> {

			Writer() {
				super(ResultCounts.class, "total", "errored", "failed", "passed");
			}

			@Override
			protected @Nullable Object value(ResultCounts record, int index) {
				return switch (index) {
					case 0 -> record.total();
					case 1 -> record.errored();
					case 2 -> record.failed();
					case 3 -> record.passed();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ResultCounts record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * An item of a {@link EvalRun}'s {@code per_model_usage}.
	 *
	 * @param modelName The name of the model.
	 * @param invocationCount The number of invocations.
	 * @param promptTokens The number of prompt tokens used.
	 * @param completionTokens The number of completion tokens generated.
	 * @param totalTokens The total number of tokens used.
	 * @param cachedTokens The number of tokens retrieved from cache.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = PerModelUsageItem.Reader.class)
	public static record PerModelUsageItem(@JsonProperty("model_name") String modelName,
			@JsonProperty("invocation_count") Long invocationCount, @JsonProperty("prompt_tokens") Long promptTokens,
			@JsonProperty("completion_tokens") Long completionTokens, @JsonProperty("total_tokens") Long totalTokens,
			@JsonProperty("cached_tokens") Long cachedTokens,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link PerModelUsageItem}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param modelName The name of the model.
		 * @param invocationCount The number of invocations.
		 * @param promptTokens The number of prompt tokens used.
		 * @param completionTokens The number of completion tokens generated.
		 * @param totalTokens The total number of tokens used.
		 * @param cachedTokens The number of tokens retrieved from cache.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public PerModelUsageItem {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link PerModelUsageItem}.
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
		 * Builds a {@link PerModelUsageItem}.
		 */
		public static final class Builder {

			private @Nullable String modelName;

			private @Nullable Long invocationCount;

			private @Nullable Long promptTokens;

			private @Nullable Long completionTokens;

			private @Nullable Long totalTokens;

			private @Nullable Long cachedTokens;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(PerModelUsageItem source) {
				this.modelName = source.modelName();
				this.invocationCount = source.invocationCount();
				this.promptTokens = source.promptTokens();
				this.completionTokens = source.completionTokens();
				this.totalTokens = source.totalTokens();
				this.cachedTokens = source.cachedTokens();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The name of the model.
			 * @param modelName the value (required)
			 * @return this builder
			 */
			public Builder modelName(@Nullable String modelName) {
				this.modelName = modelName;
				return this;
			}

			/**
			 * The number of invocations.
			 * @param invocationCount the value (required)
			 * @return this builder
			 */
			public Builder invocationCount(@Nullable Long invocationCount) {
				this.invocationCount = invocationCount;
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
			 * The number of completion tokens generated.
			 * @param completionTokens the value (required)
			 * @return this builder
			 */
			public Builder completionTokens(@Nullable Long completionTokens) {
				this.completionTokens = completionTokens;
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
			public PerModelUsageItem build() {
				return new PerModelUsageItem(Objects.requireNonNull(this.modelName, "'modelName' is required"),
						Objects.requireNonNull(this.invocationCount, "'invocationCount' is required"),
						Objects.requireNonNull(this.promptTokens, "'promptTokens' is required"),
						Objects.requireNonNull(this.completionTokens, "'completionTokens' is required"),
						Objects.requireNonNull(this.totalTokens, "'totalTokens' is required"),
						Objects.requireNonNull(this.cachedTokens, "'cachedTokens' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link PerModelUsageItem} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<PerModelUsageItem> {

			Reader() {
				super(PerModelUsageItem.class, "model_name", "invocation_count", "prompt_tokens", "completion_tokens",
						"total_tokens", "cached_tokens");
			}

			@Override
			protected PerModelUsageItem create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new PerModelUsageItem((String) values[0], (Long) values[1], (Long) values[2], (Long) values[3],
						(Long) values[4], (Long) values[5], additionalProperties);
			}

		}

		/**
		 * Writes a {@link PerModelUsageItem} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<PerModelUsageItem> {

			Writer() {
				super(PerModelUsageItem.class, "model_name", "invocation_count", "prompt_tokens", "completion_tokens",
						"total_tokens", "cached_tokens");
			}

			@Override
			protected @Nullable Object value(PerModelUsageItem record, int index) {
				return switch (index) {
					case 0 -> record.modelName();
					case 1 -> record.invocationCount();
					case 2 -> record.promptTokens();
					case 3 -> record.completionTokens();
					case 4 -> record.totalTokens();
					case 5 -> record.cachedTokens();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(PerModelUsageItem record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * An item of a {@link EvalRun}'s {@code per_testing_criteria_results}.
	 *
	 * @param testingCriteria A description of the testing criteria.
	 * @param passed Number of tests passed for this criteria.
	 * @param failed Number of tests failed for this criteria.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = PerTestingCriteriaResult.Reader.class)
	public static record PerTestingCriteriaResult(@JsonProperty("testing_criteria") String testingCriteria,
			@JsonProperty("passed") Long passed, @JsonProperty("failed") Long failed,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link PerTestingCriteriaResult}; {@code additionalProperties}
		 * becomes an unmodifiable copy, empty for null.
		 * @param testingCriteria A description of the testing criteria.
		 * @param passed Number of tests passed for this criteria.
		 * @param failed Number of tests failed for this criteria.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public PerTestingCriteriaResult {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link PerTestingCriteriaResult}.
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
		 * Builds a {@link PerTestingCriteriaResult}.
		 */
		public static final class Builder {

			private @Nullable String testingCriteria;

			private @Nullable Long passed;

			private @Nullable Long failed;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(PerTestingCriteriaResult source) {
				this.testingCriteria = source.testingCriteria();
				this.passed = source.passed();
				this.failed = source.failed();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A description of the testing criteria.
			 * @param testingCriteria the value (required)
			 * @return this builder
			 */
			public Builder testingCriteria(@Nullable String testingCriteria) {
				this.testingCriteria = testingCriteria;
				return this;
			}

			/**
			 * Number of tests passed for this criteria.
			 * @param passed the value (required)
			 * @return this builder
			 */
			public Builder passed(@Nullable Long passed) {
				this.passed = passed;
				return this;
			}

			/**
			 * Number of tests failed for this criteria.
			 * @param failed the value (required)
			 * @return this builder
			 */
			public Builder failed(@Nullable Long failed) {
				this.failed = failed;
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
			public PerTestingCriteriaResult build() {
				return new PerTestingCriteriaResult(
						Objects.requireNonNull(this.testingCriteria, "'testingCriteria' is required"),
						Objects.requireNonNull(this.passed, "'passed' is required"),
						Objects.requireNonNull(this.failed, "'failed' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link PerTestingCriteriaResult} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<PerTestingCriteriaResult> {

			Reader() {
				super(PerTestingCriteriaResult.class, "testing_criteria", "passed", "failed");
			}

			@Override
			protected PerTestingCriteriaResult create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new PerTestingCriteriaResult((String) values[0], (Long) values[1], (Long) values[2],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link PerTestingCriteriaResult} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<PerTestingCriteriaResult> {

			Writer() {
				super(PerTestingCriteriaResult.class, "testing_criteria", "passed", "failed");
			}

			@Override
			protected @Nullable Object value(PerTestingCriteriaResult record, int index) {
				return switch (index) {
					case 0 -> record.testingCriteria();
					case 1 -> record.passed();
					case 2 -> record.failed();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(PerTestingCriteriaResult record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Information about the run's data source.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = DataSource.Deserializer.class)
	public sealed interface DataSource permits CreateEvalJsonlRunDataSource, CreateEvalCompletionsRunDataSource,
			CreateEvalResponsesRunDataSource, DataSource.Unknown {

		/**
		 * A {@link DataSource} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements DataSource, UnknownVariant {
		}

		/**
		 * Reads a {@link DataSource} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<DataSource> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<DataSource>variants(Unknown::new)
					.discriminator("type")
					.object(CreateEvalJsonlRunDataSource.class,
							VariantShape.declaring("type", "source")
								.requiring("type", "source")
								.values("type", "jsonl"))
					.object(CreateEvalCompletionsRunDataSource.class,
							VariantShape.declaring("type", "input_messages", "sampling_params", "model", "source")
								.requiring("type", "source")
								.values("type", "completions"))
					.object(CreateEvalResponsesRunDataSource.class,
							VariantShape.declaring("type", "input_messages", "sampling_params", "model", "source")
								.requiring("type", "source")
								.values("type", "responses")));
			}

		}

	}

	/**
	 * Builds a {@link EvalRun}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String evalId;

		private @Nullable String status;

		private @Nullable String model;

		private @Nullable String name;

		private @Nullable Long createdAt;

		private @Nullable String reportUrl;

		private @Nullable ResultCounts resultCounts;

		private @Nullable List<PerModelUsageItem> perModelUsage;

		private @Nullable List<PerTestingCriteriaResult> perTestingCriteriaResults;

		private @Nullable DataSource dataSource;

		private @Nullable Map<String, String> metadata;

		private @Nullable EvalApiError error;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "eval.run";
		}

		private Builder(EvalRun source) {
			this.object = source.object();
			this.id = source.id();
			this.evalId = source.evalId();
			this.status = source.status();
			this.model = source.model();
			this.name = source.name();
			this.createdAt = source.createdAt();
			this.reportUrl = source.reportUrl();
			this.resultCounts = source.resultCounts();
			this.perModelUsage = (source.perModelUsage() != null) ? new ArrayList<>(source.perModelUsage()) : null;
			this.perTestingCriteriaResults = (source.perTestingCriteriaResults() != null)
					? new ArrayList<>(source.perTestingCriteriaResults()) : null;
			this.dataSource = source.dataSource();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.error = source.error();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the evaluation run.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The identifier of the associated evaluation.
		 * @param evalId the value (required)
		 * @return this builder
		 */
		public Builder evalId(@Nullable String evalId) {
			this.evalId = evalId;
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
		 * The model that is evaluated, if applicable.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * The name of the evaluation run.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		 * The URL to the rendered evaluation run report on the UI dashboard.
		 * @param reportUrl the value (required)
		 * @return this builder
		 */
		public Builder reportUrl(@Nullable String reportUrl) {
			this.reportUrl = reportUrl;
			return this;
		}

		/**
		 * Counters summarizing the outcomes of the evaluation run.
		 * @param resultCounts the value (required)
		 * @return this builder
		 */
		public Builder resultCounts(@Nullable ResultCounts resultCounts) {
			this.resultCounts = resultCounts;
			return this;
		}

		/**
		 * Usage statistics for each model during the evaluation run.
		 * <p>
		 * Takes a copy of the list.
		 * @param perModelUsage the value (required)
		 * @return this builder
		 */
		public Builder perModelUsage(@Nullable List<PerModelUsageItem> perModelUsage) {
			this.perModelUsage = (perModelUsage != null) ? new ArrayList<>(perModelUsage) : null;
			return this;
		}

		/**
		 * Usage statistics for each model during the evaluation run.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param perModelUsage the item to add
		 * @return this builder
		 */
		public Builder addPerModelUsage(PerModelUsageItem perModelUsage) {
			Objects.requireNonNull(perModelUsage, "'perModelUsage' must not be null");
			if (this.perModelUsage == null) {
				this.perModelUsage = new ArrayList<>();
			}
			this.perModelUsage.add(perModelUsage);
			return this;
		}

		/**
		 * Results per testing criteria applied during the evaluation run.
		 * <p>
		 * Takes a copy of the list.
		 * @param perTestingCriteriaResults the value (required)
		 * @return this builder
		 */
		public Builder perTestingCriteriaResults(@Nullable List<PerTestingCriteriaResult> perTestingCriteriaResults) {
			this.perTestingCriteriaResults = (perTestingCriteriaResults != null)
					? new ArrayList<>(perTestingCriteriaResults) : null;
			return this;
		}

		/**
		 * Results per testing criteria applied during the evaluation run.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param perTestingCriteriaResult the item to add
		 * @return this builder
		 */
		public Builder addPerTestingCriteriaResult(PerTestingCriteriaResult perTestingCriteriaResult) {
			Objects.requireNonNull(perTestingCriteriaResult, "'perTestingCriteriaResult' must not be null");
			if (this.perTestingCriteriaResults == null) {
				this.perTestingCriteriaResults = new ArrayList<>();
			}
			this.perTestingCriteriaResults.add(perTestingCriteriaResult);
			return this;
		}

		/**
		 * Information about the run's data source.
		 * @param dataSource the value (required)
		 * @return this builder
		 */
		public Builder dataSource(@Nullable DataSource dataSource) {
			this.dataSource = dataSource;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
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
		public EvalRun build() {
			return new EvalRun(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.evalId, "'evalId' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.model, "'model' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.reportUrl, "'reportUrl' is required"),
					Objects.requireNonNull(this.resultCounts, "'resultCounts' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.perModelUsage, "'perModelUsage' is required"))),
					Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.perTestingCriteriaResults,
							"'perTestingCriteriaResults' is required"))),
					Objects.requireNonNull(this.dataSource, "'dataSource' is required"),
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					Objects.requireNonNull(this.error, "'error' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalRun} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalRun> {

		Reader() {
			super(EvalRun.class, "object", "id", "eval_id", "status", "model", "name", "created_at", "report_url",
					"result_counts", "per_model_usage", "per_testing_criteria_results", "data_source", "metadata",
					"error");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EvalRun create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new EvalRun((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(String) values[4], (String) values[5], (Long) values[6], (String) values[7],
					(ResultCounts) values[8], (List<PerModelUsageItem>) values[9],
					(List<PerTestingCriteriaResult>) values[10], (DataSource) values[11],
					(Map<String, String>) values[12], (EvalApiError) values[13], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalRun} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalRun> {

		Writer() {
			super(EvalRun.class, "object", "id", "eval_id", "status", "model", "name", "created_at", "report_url",
					"result_counts", "per_model_usage", "per_testing_criteria_results", "data_source", "metadata",
					"error");
		}

		@Override
		protected @Nullable Object value(EvalRun record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.evalId();
				case 3 -> record.status();
				case 4 -> record.model();
				case 5 -> record.name();
				case 6 -> record.createdAt();
				case 7 -> record.reportUrl();
				case 8 -> record.resultCounts();
				case 9 -> record.perModelUsage();
				case 10 -> record.perTestingCriteriaResults();
				case 11 -> record.dataSource();
				case 12 -> record.metadata();
				case 13 -> record.error();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalRun record) {
			return record.additionalProperties();
		}

	}
}
