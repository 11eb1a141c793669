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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Configuration for the supervised fine-tuning method.
 *
 * @param hyperparameters The hyperparameters used for the fine-tuning job.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuneSupervisedMethod.Reader.class)
public record FineTuneSupervisedMethod(
		@JsonProperty("hyperparameters") @Nullable FineTuneSupervisedHyperparameters hyperparameters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuneSupervisedMethod}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param hyperparameters The hyperparameters used for the fine-tuning job.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuneSupervisedMethod {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuneSupervisedMethod}.
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
	 * Builds a {@link FineTuneSupervisedMethod}.
	 */
	public static final class Builder {

		private @Nullable FineTuneSupervisedHyperparameters hyperparameters;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FineTuneSupervisedMethod source) {
			this.hyperparameters = source.hyperparameters();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The hyperparameters used for the fine-tuning job.
		 * @param hyperparameters the value
		 * @return this builder
		 */
		public Builder hyperparameters(@Nullable FineTuneSupervisedHyperparameters hyperparameters) {
			this.hyperparameters = hyperparameters;
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
		public FineTuneSupervisedMethod build() {
			return new FineTuneSupervisedMethod(this.hyperparameters, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuneSupervisedMethod} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuneSupervisedMethod> {

		Reader() {
			super(FineTuneSupervisedMethod.class, "hyperparameters");
		}

		@Override
		protected FineTuneSupervisedMethod create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuneSupervisedMethod((FineTuneSupervisedHyperparameters) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuneSupervisedMethod} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuneSupervisedMethod> {

		Writer() {
			super(FineTuneSupervisedMethod.class, "hyperparameters");
		}

		@Override
		protected @Nullable Object value(FineTuneSupervisedMethod record, int index) {
			return switch (index) {
				case 0 -> record.hyperparameters();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuneSupervisedMethod record) {
			return record.additionalProperties();
		}

	}
}
