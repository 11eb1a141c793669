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
 * A data source config which specifies the metadata property of your logs query. This is
 * usually metadata like {@code usecase=chatbot} or {@code prompt-version=v2}, etc.
 *
 * @param type The type of data source. Always {@code logs}.
 * @param metadata Metadata filters for the logs data source.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateEvalLogsDataSourceConfig.Reader.class)
public record CreateEvalLogsDataSourceConfig(@JsonProperty("type") String type,
		@JsonProperty("metadata") @Nullable Map<String, Object> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalRequest.DataSourceConfig {

	/**
	 * Creates a {@link CreateEvalLogsDataSourceConfig}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of data source.
	 * @param metadata Metadata filters for the logs data source.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateEvalLogsDataSourceConfig {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateEvalLogsDataSourceConfig}.
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
	 * Builds a {@link CreateEvalLogsDataSourceConfig}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, Object> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "logs";
		}

		private Builder(CreateEvalLogsDataSourceConfig source) {
			this.type = source.type();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Metadata filters for the logs data source.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, ?> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Metadata filters for the logs data source.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
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
		public CreateEvalLogsDataSourceConfig build() {
			return new CreateEvalLogsDataSourceConfig(this.type,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateEvalLogsDataSourceConfig} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateEvalLogsDataSourceConfig> {

		Reader() {
			super(CreateEvalLogsDataSourceConfig.class, "type", "metadata");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateEvalLogsDataSourceConfig create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateEvalLogsDataSourceConfig((String) values[0], (Map<String, Object>) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateEvalLogsDataSourceConfig} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateEvalLogsDataSourceConfig> {

		Writer() {
			super(CreateEvalLogsDataSourceConfig.class, "type", "metadata");
		}

		@Override
		protected @Nullable Object value(CreateEvalLogsDataSourceConfig record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateEvalLogsDataSourceConfig record) {
			return record.additionalProperties();
		}

	}
}
