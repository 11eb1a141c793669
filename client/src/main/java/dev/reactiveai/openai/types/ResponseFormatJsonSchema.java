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
 * @param jsonSchema Structured Outputs configuration options, including a JSON Schema.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseFormatJsonSchema.Reader.class)
public record ResponseFormatJsonSchema(@JsonProperty("type") String type,
		@JsonProperty("json_schema") ResponseFormatJsonSchema.JsonSchema jsonSchema,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AssistantsApiResponseFormatOption,
			CreateChatCompletionRequest.ResponseFormat,
			CreateEvalCompletionsRunDataSource.SamplingParams.ResponseFormat {

	/**
	 * Creates a {@link ResponseFormatJsonSchema}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of response format being defined.
	 * @param jsonSchema Structured Outputs configuration options, including a JSON
	 * Schema.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseFormatJsonSchema {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseFormatJsonSchema}.
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
	 * Structured Outputs configuration options, including a JSON Schema.
	 *
	 * @param description A description of what the response format is for, used by the
	 * model to determine how to respond in the format.
	 * @param name The name of the response format. Must be a-z, A-Z, 0-9, or contain
	 * underscores and dashes, with a maximum length of 64.
	 * @param schema The schema for the response format, described as a JSON Schema
	 * object. Learn how to build JSON schemas
	 * <a href="https://json-schema.org/">here</a>.
	 * @param strict Whether to enable strict schema adherence when generating the output.
	 * If set to true, the model will always follow the exact schema defined in the
	 * {@code schema} field. Only a subset of JSON Schema is supported when {@code strict}
	 * is {@code true}. To learn more, read the
	 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured
	 * Outputs guide</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = JsonSchema.Reader.class)
	public static record JsonSchema(@JsonProperty("description") @Nullable String description,
			@JsonProperty("name") String name, @JsonProperty("schema") @Nullable Map<String, Object> schema,
			@JsonProperty("strict") @Nullable Boolean strict,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link JsonSchema}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param description A description of what the response format is for, used by
		 * the model to determine how to respond in the format.
		 * @param name The name of the response format.
		 * @param schema The schema for the response format, described as a JSON Schema
		 * object.
		 * @param strict Whether to enable strict schema adherence when generating the
		 * output.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public JsonSchema {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link JsonSchema}.
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
		 * Builds a {@link JsonSchema}.
		 */
		public static final class Builder {

			private @Nullable String description;

			private @Nullable String name;

			private @Nullable Map<String, Object> schema;

			private @Nullable Boolean strict;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(JsonSchema source) {
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
			 * @param schema the value
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
			public JsonSchema build() {
				return new JsonSchema(this.description, Objects.requireNonNull(this.name, "'name' is required"),
						(this.schema != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.schema)) : null,
						this.strict, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link JsonSchema} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<JsonSchema> {

			Reader() {
				super(JsonSchema.class, "description", "name", "schema", "strict");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected JsonSchema create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new JsonSchema((String) values[0], (String) values[1], (Map<String, Object>) values[2],
						(Boolean) values[3], additionalProperties);
			}

		}

		/**
		 * Writes a {@link JsonSchema} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<JsonSchema> {

			Writer() {
				super(JsonSchema.class, "description", "name", "schema", "strict");
			}

			@Override
			protected @Nullable Object value(JsonSchema record, int index) {
				return switch (index) {
					case 0 -> record.description();
					case 1 -> record.name();
					case 2 -> record.schema();
					case 3 -> record.strict();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(JsonSchema record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ResponseFormatJsonSchema}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable JsonSchema jsonSchema;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "json_schema";
		}

		private Builder(ResponseFormatJsonSchema source) {
			this.type = source.type();
			this.jsonSchema = source.jsonSchema();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Structured Outputs configuration options, including a JSON Schema.
		 * @param jsonSchema the value (required)
		 * @return this builder
		 */
		public Builder jsonSchema(@Nullable JsonSchema jsonSchema) {
			this.jsonSchema = jsonSchema;
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
		public ResponseFormatJsonSchema build() {
			return new ResponseFormatJsonSchema(this.type,
					Objects.requireNonNull(this.jsonSchema, "'jsonSchema' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseFormatJsonSchema} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseFormatJsonSchema> {

		Reader() {
			super(ResponseFormatJsonSchema.class, "type", "json_schema");
		}

		@Override
		protected ResponseFormatJsonSchema create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseFormatJsonSchema((String) values[0], (JsonSchema) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseFormatJsonSchema} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseFormatJsonSchema> {

		Writer() {
			super(ResponseFormatJsonSchema.class, "type", "json_schema");
		}

		@Override
		protected @Nullable Object value(ResponseFormatJsonSchema record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.jsonSchema();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseFormatJsonSchema record) {
			return record.additionalProperties();
		}

	}
}
