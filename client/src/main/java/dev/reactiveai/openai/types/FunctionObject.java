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
 * An object with {@code description}, {@code name}, {@code parameters} and
 * {@code strict}.
 *
 * @param description A description of what the function does, used by the model to choose
 * when and how to call the function.
 * @param name The name of the function to be called. Must be a-z, A-Z, 0-9, or contain
 * underscores and dashes, with a maximum length of 64.
 * @param parameters The parameters the functions accepts, described as a JSON Schema
 * object. See the
 * <a href="https://platform.openai.com/docs/guides/function-calling">guide</a> for
 * examples, and the <a href="https://json-schema.org/understanding-json-schema/">JSON
 * Schema reference</a> for documentation about the format.
 * <p>
 * Omitting {@code parameters} defines a function with an empty parameter list.
 * @param strict Whether to enable strict schema adherence when generating the function
 * call. If set to true, the model will follow the exact schema defined in the
 * {@code parameters} field. Only a subset of JSON Schema is supported when {@code strict}
 * is {@code true}. Learn more about Structured Outputs in the
 * <a href="https://platform.openai.com/docs/guides/function-calling">function calling
 * guide</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionObject.Reader.class)
public record FunctionObject(@JsonProperty("description") @Nullable String description,
		@JsonProperty("name") String name, @JsonProperty("parameters") @Nullable Map<String, Object> parameters,
		@JsonProperty("strict") @Nullable Boolean strict,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FunctionObject}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param description A description of what the function does, used by the model to
	 * choose when and how to call the function.
	 * @param name The name of the function to be called.
	 * @param parameters The parameters the functions accepts, described as a JSON Schema
	 * object.
	 * @param strict Whether to enable strict schema adherence when generating the
	 * function call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionObject}.
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
	 * Builds a {@link FunctionObject}.
	 */
	public static final class Builder {

		private @Nullable String description;

		private @Nullable String name;

		private @Nullable Map<String, Object> parameters;

		private @Nullable Boolean strict;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(FunctionObject source) {
			this.description = source.description();
			this.name = source.name();
			this.parameters = (source.parameters() != null) ? new LinkedHashMap<>(source.parameters()) : null;
			this.strict = source.strict();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A description of what the function does, used by the model to choose when and
		 * how to call the function.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * The name of the function to be called.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The parameters the functions accepts, described as a JSON Schema object.
		 * <p>
		 * Takes a copy of the map.
		 * @param parameters the value
		 * @return this builder
		 */
		public Builder parameters(@Nullable Map<String, ?> parameters) {
			this.parameters = (parameters != null) ? new LinkedHashMap<>(parameters) : null;
			return this;
		}

		/**
		 * The parameters the functions accepts, described as a JSON Schema object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putParameter(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.parameters == null) {
				this.parameters = new LinkedHashMap<>();
			}
			this.parameters.put(key, value);
			return this;
		}

		/**
		 * Whether to enable strict schema adherence when generating the function call.
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
		public FunctionObject build() {
			return new FunctionObject(
					this.description, Objects.requireNonNull(this.name, "'name' is required"), (this.parameters != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.parameters)) : null,
					this.strict, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionObject} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionObject> {

		Reader() {
			super(FunctionObject.class, "description", "name", "parameters", "strict");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected FunctionObject create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new FunctionObject((String) values[0], (String) values[1], (Map<String, Object>) values[2],
					(Boolean) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionObject} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionObject> {

		Writer() {
			super(FunctionObject.class, "description", "name", "parameters", "strict");
		}

		@Override
		protected @Nullable Object value(FunctionObject record, int index) {
			return switch (index) {
				case 0 -> record.description();
				case 1 -> record.name();
				case 2 -> record.parameters();
				case 3 -> record.strict();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionObject record) {
			return record.additionalProperties();
		}

	}
}
