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
 * A CustomDataSourceConfig object that defines the schema for the data source used for
 * the evaluation runs. This schema is used to define the shape of the data that will be:
 * <ul>
 * <li>Used to define your testing criteria and</li>
 * <li>What data is required when creating a run</li>
 * </ul>
 *
 * @param type The type of data source. Always {@code custom}.
 * @param itemSchema The json schema for each row in the data source.
 * @param includeSampleSchema Whether the eval should expect you to populate the sample
 * namespace (ie, by generating responses off of your data source)
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateEvalCustomDataSourceConfig.Reader.class)
public record CreateEvalCustomDataSourceConfig(@JsonProperty("type") String type,
		@JsonProperty("item_schema") Map<String, Object> itemSchema,
		@JsonProperty("include_sample_schema") @Nullable Boolean includeSampleSchema,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalRequest.DataSourceConfig {

	/**
	 * Creates a {@link CreateEvalCustomDataSourceConfig}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of data source.
	 * @param itemSchema The json schema for each row in the data source.
	 * @param includeSampleSchema Whether the eval should expect you to populate the
	 * sample namespace (ie, by generating responses off of your data source)
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateEvalCustomDataSourceConfig {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateEvalCustomDataSourceConfig}.
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
	 * Builds a {@link CreateEvalCustomDataSourceConfig}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, Object> itemSchema;

		private @Nullable Boolean includeSampleSchema;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "custom";
		}

		private Builder(CreateEvalCustomDataSourceConfig source) {
			this.type = source.type();
			this.itemSchema = (source.itemSchema() != null) ? new LinkedHashMap<>(source.itemSchema()) : null;
			this.includeSampleSchema = source.includeSampleSchema();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The json schema for each row in the data source.
		 * <p>
		 * Takes a copy of the map.
		 * @param itemSchema the value (required)
		 * @return this builder
		 */
		public Builder itemSchema(@Nullable Map<String, ?> itemSchema) {
			this.itemSchema = (itemSchema != null) ? new LinkedHashMap<>(itemSchema) : null;
			return this;
		}

		/**
		 * The json schema for each row in the data source.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putItemSchema(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.itemSchema == null) {
				this.itemSchema = new LinkedHashMap<>();
			}
			this.itemSchema.put(key, value);
			return this;
		}

		/**
		 * Whether the eval should expect you to populate the sample namespace (ie, by
		 * generating responses off of your data source)
		 * @param includeSampleSchema the value
		 * @return this builder
		 */
		public Builder includeSampleSchema(@Nullable Boolean includeSampleSchema) {
			this.includeSampleSchema = includeSampleSchema;
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
		public CreateEvalCustomDataSourceConfig build() {
			return new CreateEvalCustomDataSourceConfig(this.type,
					Collections.unmodifiableMap(
							new LinkedHashMap<>(Objects.requireNonNull(this.itemSchema, "'itemSchema' is required"))),
					this.includeSampleSchema, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateEvalCustomDataSourceConfig} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateEvalCustomDataSourceConfig> {

		Reader() {
			super(CreateEvalCustomDataSourceConfig.class, "type", "item_schema", "include_sample_schema");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateEvalCustomDataSourceConfig create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateEvalCustomDataSourceConfig((String) values[0], (Map<String, Object>) values[1],
					(Boolean) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateEvalCustomDataSourceConfig} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateEvalCustomDataSourceConfig> {

		Writer() {
			super(CreateEvalCustomDataSourceConfig.class, "type", "item_schema", "include_sample_schema");
		}

		@Override
		protected @Nullable Object value(CreateEvalCustomDataSourceConfig record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.itemSchema();
				case 2 -> record.includeSampleSchema();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateEvalCustomDataSourceConfig record) {
			return record.additionalProperties();
		}

	}
}
