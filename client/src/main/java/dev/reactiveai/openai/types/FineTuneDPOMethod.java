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
 * Configuration for the DPO fine-tuning method.
 *
 * @param hyperparameters The hyperparameters used for the DPO fine-tuning job.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuneDPOMethod.Reader.class)
public record FineTuneDPOMethod(@JsonProperty("hyperparameters") @Nullable FineTuneDPOHyperparameters hyperparameters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuneDPOMethod}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param hyperparameters The hyperparameters used for the DPO fine-tuning job.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuneDPOMethod {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuneDPOMethod}.
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
	 * Builds a {@link FineTuneDPOMethod}.
	 */
	public static final class Builder {

		private @Nullable FineTuneDPOHyperparameters hyperparameters;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FineTuneDPOMethod source) {
			this.hyperparameters = source.hyperparameters();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The hyperparameters used for the DPO fine-tuning job.
		 * @param hyperparameters the value
		 * @return this builder
		 */
		public Builder hyperparameters(@Nullable FineTuneDPOHyperparameters hyperparameters) {
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
		public FineTuneDPOMethod build() {
			return new FineTuneDPOMethod(this.hyperparameters, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuneDPOMethod} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuneDPOMethod> {

		Reader() {
			super(FineTuneDPOMethod.class, "hyperparameters");
		}

		@Override
		protected FineTuneDPOMethod create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuneDPOMethod((FineTuneDPOHyperparameters) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuneDPOMethod} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuneDPOMethod> {

		Writer() {
			super(FineTuneDPOMethod.class, "hyperparameters");
		}

		@Override
		protected @Nullable Object value(FineTuneDPOMethod record, int index) {
			return switch (index) {
				case 0 -> record.hyperparameters();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuneDPOMethod record) {
			return record.additionalProperties();
		}

	}
}
