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
 * Usage statistics related to the run step. This value will be {@code null} while the run
 * step's status is {@code in_progress}.
 *
 * @param completionTokens Number of completion tokens used over the course of the run
 * step.
 * @param promptTokens Number of prompt tokens used over the course of the run step.
 * @param totalTokens Total number of tokens used (prompt + completion).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepCompletionUsage.Reader.class)
public record RunStepCompletionUsage(@JsonProperty("completion_tokens") Long completionTokens,
		@JsonProperty("prompt_tokens") Long promptTokens, @JsonProperty("total_tokens") Long totalTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RunStepCompletionUsage}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param completionTokens Number of completion tokens used over the course of the run
	 * step.
	 * @param promptTokens Number of prompt tokens used over the course of the run step.
	 * @param totalTokens Total number of tokens used (prompt + completion).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepCompletionUsage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepCompletionUsage}.
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
	 * Builds a {@link RunStepCompletionUsage}.
	 */
	public static final class Builder {

		private @Nullable Long completionTokens;

		private @Nullable Long promptTokens;

		private @Nullable Long totalTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RunStepCompletionUsage source) {
			this.completionTokens = source.completionTokens();
			this.promptTokens = source.promptTokens();
			this.totalTokens = source.totalTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Number of completion tokens used over the course of the run step.
		 * @param completionTokens the value (required)
		 * @return this builder
		 */
		public Builder completionTokens(@Nullable Long completionTokens) {
			this.completionTokens = completionTokens;
			return this;
		}

		/**
		 * Number of prompt tokens used over the course of the run step.
		 * @param promptTokens the value (required)
		 * @return this builder
		 */
		public Builder promptTokens(@Nullable Long promptTokens) {
			this.promptTokens = promptTokens;
			return this;
		}

		/**
		 * Total number of tokens used (prompt + completion).
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
		public RunStepCompletionUsage build() {
			return new RunStepCompletionUsage(
					Objects.requireNonNull(this.completionTokens, "'completionTokens' is required"),
					Objects.requireNonNull(this.promptTokens, "'promptTokens' is required"),
					Objects.requireNonNull(this.totalTokens, "'totalTokens' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepCompletionUsage} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepCompletionUsage> {

		Reader() {
			super(RunStepCompletionUsage.class, "completion_tokens", "prompt_tokens", "total_tokens");
		}

		@Override
		protected RunStepCompletionUsage create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepCompletionUsage((Long) values[0], (Long) values[1], (Long) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepCompletionUsage} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepCompletionUsage> {

		Writer() {
			super(RunStepCompletionUsage.class, "completion_tokens", "prompt_tokens", "total_tokens");
		}

		@Override
		protected @Nullable Object value(RunStepCompletionUsage record, int index) {
			return switch (index) {
				case 0 -> record.completionTokens();
				case 1 -> record.promptTokens();
				case 2 -> record.totalTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepCompletionUsage record) {
			return record.additionalProperties();
		}

	}
}
