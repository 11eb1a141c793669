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
 * An object with {@code embedding_weight} and {@code text_weight}.
 *
 * @param embeddingWeight The weight of the embedding in the reciprocal ranking fusion.
 * @param textWeight The weight of the text in the reciprocal ranking fusion.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = HybridSearchOptions.Reader.class)
public record HybridSearchOptions(@JsonProperty("embedding_weight") Double embeddingWeight,
		@JsonProperty("text_weight") Double textWeight,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link HybridSearchOptions}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param embeddingWeight The weight of the embedding in the reciprocal ranking
	 * fusion.
	 * @param textWeight The weight of the text in the reciprocal ranking fusion.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public HybridSearchOptions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link HybridSearchOptions}.
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
	 * Builds a {@link HybridSearchOptions}.
	 */
	public static final class Builder {

		private @Nullable Double embeddingWeight;

		private @Nullable Double textWeight;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(HybridSearchOptions source) {
			this.embeddingWeight = source.embeddingWeight();
			this.textWeight = source.textWeight();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The weight of the embedding in the reciprocal ranking fusion.
		 * @param embeddingWeight the value (required)
		 * @return this builder
		 */
		public Builder embeddingWeight(@Nullable Double embeddingWeight) {
			this.embeddingWeight = embeddingWeight;
			return this;
		}

		/**
		 * The weight of the text in the reciprocal ranking fusion.
		 * @param textWeight the value (required)
		 * @return this builder
		 */
		public Builder textWeight(@Nullable Double textWeight) {
			this.textWeight = textWeight;
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
		public HybridSearchOptions build() {
			return new HybridSearchOptions(
					Objects.requireNonNull(this.embeddingWeight, "'embeddingWeight' is required"),
					Objects.requireNonNull(this.textWeight, "'textWeight' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link HybridSearchOptions} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<HybridSearchOptions> {

		Reader() {
			super(HybridSearchOptions.class, "embedding_weight", "text_weight");
		}

		@Override
		protected HybridSearchOptions create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new HybridSearchOptions((Double) values[0], (Double) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link HybridSearchOptions} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<HybridSearchOptions> {

		Writer() {
			super(HybridSearchOptions.class, "embedding_weight", "text_weight");
		}

		@Override
		protected @Nullable Object value(HybridSearchOptions record, int index) {
			return switch (index) {
				case 0 -> record.embeddingWeight();
				case 1 -> record.textWeight();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(HybridSearchOptions record) {
			return record.additionalProperties();
		}

	}
}
