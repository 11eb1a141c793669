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
 * Deprecated in favor of LogsDataSourceConfig.
 *
 * @param type The type of data source. Always {@code stored_completions}.
 * @param metadata Metadata filters for the stored completions data source.
 * @param additionalProperties properties that this version of the client does not know
 * @deprecated Deprecated in favor of LogsDataSourceConfig.
 */
@JsonDeserialize(using = CreateEvalStoredCompletionsDataSourceConfig.Reader.class)
@Deprecated
public record CreateEvalStoredCompletionsDataSourceConfig(@JsonProperty("type") String type,
		@JsonProperty("metadata") @Nullable Map<String, Object> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalRequest.DataSourceConfig {

	/**
	 * Creates a {@link CreateEvalStoredCompletionsDataSourceConfig}, filling in
	 * {@code type} with its single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param type The type of data source.
	 * @param metadata Metadata filters for the stored completions data source.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateEvalStoredCompletionsDataSourceConfig {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateEvalStoredCompletionsDataSourceConfig}.
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
	 * Builds a {@link CreateEvalStoredCompletionsDataSourceConfig}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, Object> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "stored_completions";
		}

		private Builder(CreateEvalStoredCompletionsDataSourceConfig source) {
			this.type = source.type();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Metadata filters for the stored completions data source.
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
		 * Metadata filters for the stored completions data source.
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
		public CreateEvalStoredCompletionsDataSourceConfig build() {
			return new CreateEvalStoredCompletionsDataSourceConfig(this.type,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateEvalStoredCompletionsDataSourceConfig} from the parser's
	 * tokens; Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateEvalStoredCompletionsDataSourceConfig> {

		Reader() {
			super(CreateEvalStoredCompletionsDataSourceConfig.class, "type", "metadata");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateEvalStoredCompletionsDataSourceConfig create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateEvalStoredCompletionsDataSourceConfig((String) values[0], (Map<String, Object>) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateEvalStoredCompletionsDataSourceConfig} without reflection;
	 * the client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateEvalStoredCompletionsDataSourceConfig> {

		Writer() {
			super(CreateEvalStoredCompletionsDataSourceConfig.class, "type", "metadata");
		}

		@Override
		protected @Nullable Object value(CreateEvalStoredCompletionsDataSourceConfig record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateEvalStoredCompletionsDataSourceConfig record) {
			return record.additionalProperties();
		}

	}
}
