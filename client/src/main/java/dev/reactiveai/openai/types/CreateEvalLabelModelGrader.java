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
@JsonDeserialize(using = CreateEvalLabelModelGrader.Reader.class)
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
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
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
			this.input = (source.input() != null) ? new ArrayList<>(source.input()) : null;
			this.labels = (source.labels() != null) ? new ArrayList<>(source.labels()) : null;
			this.passingLabels = (source.passingLabels() != null) ? new ArrayList<>(source.passingLabels()) : null;
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
		 * A list of chat messages forming the prompt or context.
		 * <p>
		 * Takes a copy of the list.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable List<? extends CreateEvalItem> input) {
			this.input = (input != null) ? new ArrayList<>(input) : null;
			return this;
		}

		/**
		 * A list of chat messages forming the prompt or context.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param input the item to add
		 * @return this builder
		 */
		public Builder addInput(CreateEvalItem input) {
			Objects.requireNonNull(input, "'input' must not be null");
			if (this.input == null) {
				this.input = new ArrayList<>();
			}
			this.input.add(input);
			return this;
		}

		/**
		 * The labels to classify to each item in the evaluation.
		 * <p>
		 * Takes a copy of the list.
		 * @param labels the value (required)
		 * @return this builder
		 */
		public Builder labels(@Nullable List<String> labels) {
			this.labels = (labels != null) ? new ArrayList<>(labels) : null;
			return this;
		}

		/**
		 * The labels to classify to each item in the evaluation.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param label the item to add
		 * @return this builder
		 */
		public Builder addLabel(String label) {
			Objects.requireNonNull(label, "'label' must not be null");
			if (this.labels == null) {
				this.labels = new ArrayList<>();
			}
			this.labels.add(label);
			return this;
		}

		/**
		 * The labels that indicate a passing result.
		 * <p>
		 * Takes a copy of the list.
		 * @param passingLabels the value (required)
		 * @return this builder
		 */
		public Builder passingLabels(@Nullable List<String> passingLabels) {
			this.passingLabels = (passingLabels != null) ? new ArrayList<>(passingLabels) : null;
			return this;
		}

		/**
		 * The labels that indicate a passing result.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param passingLabel the item to add
		 * @return this builder
		 */
		public Builder addPassingLabel(String passingLabel) {
			Objects.requireNonNull(passingLabel, "'passingLabel' must not be null");
			if (this.passingLabels == null) {
				this.passingLabels = new ArrayList<>();
			}
			this.passingLabels.add(passingLabel);
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
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.input, "'input' is required"))),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.labels, "'labels' is required"))),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.passingLabels, "'passingLabels' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateEvalLabelModelGrader} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateEvalLabelModelGrader> {

		Reader() {
			super(CreateEvalLabelModelGrader.class, "type", "name", "model", "input", "labels", "passing_labels");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateEvalLabelModelGrader create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateEvalLabelModelGrader((String) values[0], (String) values[1], (String) values[2],
					(List<CreateEvalItem>) values[3], (List<String>) values[4], (List<String>) values[5],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateEvalLabelModelGrader} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateEvalLabelModelGrader> {

		Writer() {
			super(CreateEvalLabelModelGrader.class, "type", "name", "model", "input", "labels", "passing_labels");
		}

		@Override
		protected @Nullable Object value(CreateEvalLabelModelGrader record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.model();
				case 3 -> record.input();
				case 4 -> record.labels();
				case 5 -> record.passingLabels();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateEvalLabelModelGrader record) {
			return record.additionalProperties();
		}

	}
}
