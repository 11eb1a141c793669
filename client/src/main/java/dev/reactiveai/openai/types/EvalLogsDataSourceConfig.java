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
 * A LogsDataSourceConfig which specifies the metadata property of your logs query. This
 * is usually metadata like {@code usecase=chatbot} or {@code prompt-version=v2}, etc. The
 * schema returned by this data source config is used to defined what variables are
 * available in your evals. {@code item} and {@code sample} are both defined when using
 * this data source config.
 *
 * @param type The type of data source. Always {@code logs}.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param schema The json schema for the run data source items. Learn how to build JSON
 * schemas <a href="https://json-schema.org/">here</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalLogsDataSourceConfig.Reader.class)
public record EvalLogsDataSourceConfig(@JsonProperty("type") String type,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("schema") Map<String, Object> schema,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Eval.DataSourceConfig {

	/**
	 * Creates a {@link EvalLogsDataSourceConfig}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of data source.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param schema The json schema for the run data source items.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalLogsDataSourceConfig {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalLogsDataSourceConfig}.
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
	 * Builds a {@link EvalLogsDataSourceConfig}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, String> metadata;

		private @Nullable Map<String, Object> schema;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "logs";
		}

		private Builder(EvalLogsDataSourceConfig source) {
			this.type = source.type();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.schema = (source.schema() != null) ? new LinkedHashMap<>(source.schema()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
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
		public EvalLogsDataSourceConfig build() {
			return new EvalLogsDataSourceConfig(this.type,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					Collections.unmodifiableMap(
							new LinkedHashMap<>(Objects.requireNonNull(this.schema, "'schema' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalLogsDataSourceConfig} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalLogsDataSourceConfig> {

		Reader() {
			super(EvalLogsDataSourceConfig.class, "type", "metadata", "schema");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EvalLogsDataSourceConfig create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalLogsDataSourceConfig((String) values[0], (Map<String, String>) values[1],
					(Map<String, Object>) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalLogsDataSourceConfig} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalLogsDataSourceConfig> {

		Writer() {
			super(EvalLogsDataSourceConfig.class, "type", "metadata", "schema");
		}

		@Override
		protected @Nullable Object value(EvalLogsDataSourceConfig record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.metadata();
				case 2 -> record.schema();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalLogsDataSourceConfig record) {
			return record.additionalProperties();
		}

	}
}
