// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * JSON Schema response format. Used to generate structured JSON responses. Learn more
 * about [Structured Outputs](/docs/guides/structured-outputs).
 *
 * @param type The type of response format being defined.
 * @param jsonSchema Structured Outputs configuration options, including a JSON Schema.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ResponseFormatJsonSchema(@JsonProperty("type") String type,
		@JsonProperty("json_schema") ResponseFormatJsonSchema.JsonSchema jsonSchema,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AssistantsApiResponseFormatOption,
			CreateChatCompletionRequest.ResponseFormat,
			CreateEvalCompletionsRunDataSource.SamplingParams.ResponseFormat {

	public ResponseFormatJsonSchema {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ResponseFormatJsonSchema}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Structured Outputs configuration options, including a JSON Schema.
	 *
	 * @param description A description of what the response format is for, used by the
	 * model to determine how to respond in the format.
	 * @param name The name of the response format.
	 * @param schema The schema for the response format, described as a JSON Schema
	 * object.
	 * @param strict the {@code strict} property
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record JsonSchema(@JsonProperty("description") @Nullable String description,
			@JsonProperty("name") String name, @JsonProperty("schema") @Nullable Map<String, Object> schema,
			@JsonProperty("strict") @Nullable Boolean strict,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public JsonSchema {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link JsonSchema}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
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
				this.schema = source.schema();
				this.strict = source.strict();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code description}: A description of what the response format is for,
			 * used by the model to determine how to respond in the format.
			 * @param description the value
			 * @return this builder
			 */
			public Builder description(@Nullable String description) {
				this.description = description;
				return this;
			}

			/**
			 * Set {@code name}: The name of the response format. Must be a-z, A-Z, 0-9,
			 * or contain underscores and dashes, with a maximum length of 64.
			 * @param name the value (required)
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * Set {@code schema}: The schema for the response format, described as a JSON
			 * Schema object. Learn how to build JSON schemas
			 * [here](https://json-schema.org/).
			 * @param schema the value
			 * @return this builder
			 */
			public Builder schema(@Nullable Map<String, Object> schema) {
				this.schema = schema;
				return this;
			}

			/**
			 * Set {@code strict}.
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
						this.schema, this.strict, this.additionalProperties);
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
		 * Set {@code type}: The type of response format being defined. Always
		 * `json_schema`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code json_schema}: Structured Outputs configuration options, including a
		 * JSON Schema.
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
}
