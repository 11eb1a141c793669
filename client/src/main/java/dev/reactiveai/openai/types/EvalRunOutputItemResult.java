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
 * A single grader result for an evaluation run output item.
 *
 * @param name The name of the grader.
 * @param type The grader type (for example, "string-check-grader").
 * @param score The numeric score produced by the grader.
 * @param passed Whether the grader considered the output a pass.
 * @param sample Optional sample or intermediate data produced by the grader.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalRunOutputItemResult.Reader.class)
public record EvalRunOutputItemResult(@JsonProperty("name") String name, @JsonProperty("type") @Nullable String type,
		@JsonProperty("score") Double score, @JsonProperty("passed") Boolean passed,
		@JsonProperty("sample") @Nullable Map<String, Object> sample,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link EvalRunOutputItemResult}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name The name of the grader.
	 * @param type The grader type (for example, "string-check-grader").
	 * @param score The numeric score produced by the grader.
	 * @param passed Whether the grader considered the output a pass.
	 * @param sample Optional sample or intermediate data produced by the grader.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalRunOutputItemResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalRunOutputItemResult}.
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
	 * Builds a {@link EvalRunOutputItemResult}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String type;

		private @Nullable Double score;

		private @Nullable Boolean passed;

		private @Nullable Map<String, Object> sample;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(EvalRunOutputItemResult source) {
			this.name = source.name();
			this.type = source.type();
			this.score = source.score();
			this.passed = source.passed();
			this.sample = (source.sample() != null) ? new LinkedHashMap<>(source.sample()) : null;
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
		 * The grader type (for example, "string-check-grader").
		 * @param type the value
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * The numeric score produced by the grader.
		 * @param score the value (required)
		 * @return this builder
		 */
		public Builder score(@Nullable Double score) {
			this.score = score;
			return this;
		}

		/**
		 * Whether the grader considered the output a pass.
		 * @param passed the value (required)
		 * @return this builder
		 */
		public Builder passed(@Nullable Boolean passed) {
			this.passed = passed;
			return this;
		}

		/**
		 * Optional sample or intermediate data produced by the grader.
		 * <p>
		 * Takes a copy of the map.
		 * @param sample the value
		 * @return this builder
		 */
		public Builder sample(@Nullable Map<String, ?> sample) {
			this.sample = (sample != null) ? new LinkedHashMap<>(sample) : null;
			return this;
		}

		/**
		 * Optional sample or intermediate data produced by the grader.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putSample(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.sample == null) {
				this.sample = new LinkedHashMap<>();
			}
			this.sample.put(key, value);
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
		public EvalRunOutputItemResult build() {
			return new EvalRunOutputItemResult(Objects.requireNonNull(this.name, "'name' is required"), this.type,
					Objects.requireNonNull(this.score, "'score' is required"),
					Objects.requireNonNull(this.passed, "'passed' is required"),
					(this.sample != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.sample)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalRunOutputItemResult} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalRunOutputItemResult> {

		Reader() {
			super(EvalRunOutputItemResult.class, "name", "type", "score", "passed", "sample");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EvalRunOutputItemResult create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalRunOutputItemResult((String) values[0], (String) values[1], (Double) values[2],
					(Boolean) values[3], (Map<String, Object>) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalRunOutputItemResult} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalRunOutputItemResult> {

		Writer() {
			super(EvalRunOutputItemResult.class, "name", "type", "score", "passed", "sample");
		}

		@Override
		protected @Nullable Object value(EvalRunOutputItemResult record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.type();
				case 2 -> record.score();
				case 3 -> record.passed();
				case 4 -> record.sample();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalRunOutputItemResult record) {
			return record.additionalProperties();
		}

	}
}
