// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

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
 * A LabelModelGrader object which uses a model to assign labels to each item in the
 * evaluation.
 *
 * @param type The object type, which is always {@code label_model}.
 * @param name The name of the grader.
 * @param model The model to use for the evaluation. Must support structured outputs.
 * @param input A list of chat messages forming the prompt or context. May include
 * variable references to the {@code item} namespace, ie
 * &#123;&#123;item.name&#125;&#125;.
 * @param labels The labels to classify to each item in the evaluation.
 * @param passingLabels The labels that indicate a passing result. Must be a subset of
 * labels.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record CreateEvalLabelModelGrader(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("model") String model, @JsonProperty("input") List<CreateEvalItem> input,
		@JsonProperty("labels") List<String> labels, @JsonProperty("passing_labels") List<String> passingLabels,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalRequest.TestingCriterion {

	/**
	 * Creates a {@link CreateEvalLabelModelGrader}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The object type, which is always {@code label_model}.
	 * @param name The name of the grader.
	 * @param model The model to use for the evaluation.
	 * @param input A list of chat messages forming the prompt or context.
	 * @param labels The labels to classify to each item in the evaluation.
	 * @param passingLabels The labels that indicate a passing result.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateEvalLabelModelGrader {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link CreateEvalLabelModelGrader}.
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
	 * Builds a {@link CreateEvalLabelModelGrader}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String model;

		private @Nullable List<CreateEvalItem> input;

		private @Nullable List<String> labels;

		private @Nullable List<String> passingLabels;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "label_model";
		}

		private Builder(CreateEvalLabelModelGrader source) {
			this.type = source.type();
			this.name = source.name();
			this.model = source.model();
			this.input = source.input();
			this.labels = source.labels();
			this.passingLabels = source.passingLabels();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The object type, which is always {@code label_model}.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
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
		 * A list of chat messages forming the prompt or context.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable List<CreateEvalItem> input) {
			this.input = input;
			return this;
		}

		/**
		 * The labels to classify to each item in the evaluation.
		 * @param labels the value (required)
		 * @return this builder
		 */
		public Builder labels(@Nullable List<String> labels) {
			this.labels = labels;
			return this;
		}

		/**
		 * The labels that indicate a passing result.
		 * @param passingLabels the value (required)
		 * @return this builder
		 */
		public Builder passingLabels(@Nullable List<String> passingLabels) {
			this.passingLabels = passingLabels;
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
		public CreateEvalLabelModelGrader build() {
			return new CreateEvalLabelModelGrader(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.model, "'model' is required"),
					Objects.requireNonNull(this.input, "'input' is required"),
					Objects.requireNonNull(this.labels, "'labels' is required"),
					Objects.requireNonNull(this.passingLabels, "'passingLabels' is required"),
					this.additionalProperties);
		}

	}
}
