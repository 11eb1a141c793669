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
 * JSON Schema response format. Used to generate structured JSON responses. Learn more
 * about <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured
 * Outputs</a>.
 *
 * @param type The type of response format being defined. Always {@code json_schema}.
 * @param description A description of what the response format is for, used by the model
 * to determine how to respond in the format.
 * @param name The name of the response format. Must be a-z, A-Z, 0-9, or contain
 * underscores and dashes, with a maximum length of 64.
 * @param schema The schema for the response format, described as a JSON Schema object.
 * Learn how to build JSON schemas <a href="https://json-schema.org/">here</a>.
 * @param strict Whether to enable strict schema adherence when generating the output. If
 * set to true, the model will always follow the exact schema defined in the
 * {@code schema} field. Only a subset of JSON Schema is supported when {@code strict} is
 * {@code true}. To learn more, read the
 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured Outputs
 * guide</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TextResponseFormatJsonSchema.Reader.class)
public record TextResponseFormatJsonSchema(@JsonProperty("type") String type,
		@JsonProperty("description") @Nullable String description, @JsonProperty("name") String name,
		@JsonProperty("schema") Map<String, Object> schema, @JsonProperty("strict") @Nullable Boolean strict,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			TextResponseFormatConfiguration {

	/**
	 * Creates a {@link TextResponseFormatJsonSchema}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of response format being defined.
	 * @param description A description of what the response format is for, used by the
	 * model to determine how to respond in the format.
	 * @param name The name of the response format.
	 * @param schema The schema for the response format, described as a JSON Schema
	 * object.
	 * @param strict Whether to enable strict schema adherence when generating the output.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TextResponseFormatJsonSchema {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TextResponseFormatJsonSchema}.
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
	 * Builds a {@link TextResponseFormatJsonSchema}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String description;

		private @Nullable String name;

		private @Nullable Map<String, Object> schema;

		private @Nullable Boolean strict;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "json_schema";
		}

		private Builder(TextResponseFormatJsonSchema source) {
			this.type = source.type();
			this.description = source.description();
			this.name = source.name();
			this.schema = (source.schema() != null) ? new LinkedHashMap<>(source.schema()) : null;
			this.strict = source.strict();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A description of what the response format is for, used by the model to
		 * determine how to respond in the format.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * The name of the response format.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The schema for the response format, described as a JSON Schema object.
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
		 * The schema for the response format, described as a JSON Schema object.
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
		 * Whether to enable strict schema adherence when generating the output.
		 * @param strict the value
		 * @return this builder
		 */
		public Builder strict(@Nullable Boolean strict) {
			this.strict = strict;
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
		public TextResponseFormatJsonSchema build() {
			return new TextResponseFormatJsonSchema(this.type, this.description,
					Objects.requireNonNull(this.name, "'name' is required"),
					Collections.unmodifiableMap(
							new LinkedHashMap<>(Objects.requireNonNull(this.schema, "'schema' is required"))),
					this.strict, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TextResponseFormatJsonSchema} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TextResponseFormatJsonSchema> {

		Reader() {
			super(TextResponseFormatJsonSchema.class, "type", "description", "name", "schema", "strict");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected TextResponseFormatJsonSchema create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TextResponseFormatJsonSchema((String) values[0], (String) values[1], (String) values[2],
					(Map<String, Object>) values[3], (Boolean) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TextResponseFormatJsonSchema} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TextResponseFormatJsonSchema> {

		Writer() {
			super(TextResponseFormatJsonSchema.class, "type", "description", "name", "schema", "strict");
		}

		@Override
		protected @Nullable Object value(TextResponseFormatJsonSchema record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.description();
				case 2 -> record.name();
				case 3 -> record.schema();
				case 4 -> record.strict();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TextResponseFormatJsonSchema record) {
			return record.additionalProperties();
		}

	}
}
