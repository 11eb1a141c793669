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
 * A CustomDataSourceConfig which specifies the schema of your {@code item} and optionally
 * {@code sample} namespaces. The response schema defines the shape of the data that will
 * be:
 * <ul>
 * <li>Used to define your testing criteria and</li>
 * <li>What data is required when creating a run</li>
 * </ul>
 *
 * @param type The type of data source. Always {@code custom}.
 * @param schema The json schema for the run data source items. Learn how to build JSON
 * schemas <a href="https://json-schema.org/">here</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalCustomDataSourceConfig.Reader.class)
public record EvalCustomDataSourceConfig(@JsonProperty("type") String type,
		@JsonProperty("schema") Map<String, Object> schema,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Eval.DataSourceConfig {

	/**
	 * Creates a {@link EvalCustomDataSourceConfig}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of data source.
	 * @param schema The json schema for the run data source items.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalCustomDataSourceConfig {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalCustomDataSourceConfig}.
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
	 * Builds a {@link EvalCustomDataSourceConfig}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, Object> schema;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "custom";
		}

		private Builder(EvalCustomDataSourceConfig source) {
			this.type = source.type();
			this.schema = (source.schema() != null) ? new LinkedHashMap<>(source.schema()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The json schema for the run data source items.
		 * <p>
		 * Takes a copy of the map.
		 * @param schema the value (required)
		 * @return this builder
		 */
		public Builder schema(@Nullable Map<String, ?> schema) {
			this.schema = (schema != null) ? new LinkedHashMap<>(schema) : null;
			return this;
		}

		/**
		 * The json schema for the run data source items.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putSchema(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.schema == null) {
				this.schema = new LinkedHashMap<>();
			}
			this.schema.put(key, value);
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
		public EvalCustomDataSourceConfig build() {
			return new EvalCustomDataSourceConfig(this.type,
					Collections.unmodifiableMap(
							new LinkedHashMap<>(Objects.requireNonNull(this.schema, "'schema' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalCustomDataSourceConfig} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalCustomDataSourceConfig> {

		Reader() {
			super(EvalCustomDataSourceConfig.class, "type", "schema");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EvalCustomDataSourceConfig create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalCustomDataSourceConfig((String) values[0], (Map<String, Object>) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalCustomDataSourceConfig} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalCustomDataSourceConfig> {

		Writer() {
			super(EvalCustomDataSourceConfig.class, "type", "schema");
		}

		@Override
		protected @Nullable Object value(EvalCustomDataSourceConfig record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.schema();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalCustomDataSourceConfig record) {
			return record.additionalProperties();
		}

	}
}
