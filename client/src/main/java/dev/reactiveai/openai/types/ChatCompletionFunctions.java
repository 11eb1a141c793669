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
 * An object with {@code description}, {@code name} and {@code parameters}.
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
 * @param additionalProperties properties that this version of the client does not know
 * @deprecated The API description marks it deprecated and names no replacement.
 */
@JsonDeserialize(using = ChatCompletionFunctions.Reader.class)
@Deprecated
public record ChatCompletionFunctions(@JsonProperty("description") @Nullable String description,
		@JsonProperty("name") String name, @JsonProperty("parameters") @Nullable Map<String, Object> parameters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatCompletionFunctions}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param description A description of what the function does, used by the model to
	 * choose when and how to call the function.
	 * @param name The name of the function to be called.
	 * @param parameters The parameters the functions accepts, described as a JSON Schema
	 * object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionFunctions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionFunctions}.
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
	 * Builds a {@link ChatCompletionFunctions}.
	 */
	public static final class Builder {

		private @Nullable String description;

		private @Nullable String name;

		private @Nullable Map<String, Object> parameters;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatCompletionFunctions source) {
			this.description = source.description();
			this.name = source.name();
			this.parameters = (source.parameters() != null) ? new LinkedHashMap<>(source.parameters()) : null;
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
		public ChatCompletionFunctions build() {
			return new ChatCompletionFunctions(this.description,
					Objects.requireNonNull(this.name, "'name' is required"), (this.parameters != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.parameters)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionFunctions} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionFunctions> {

		Reader() {
			super(ChatCompletionFunctions.class, "description", "name", "parameters");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ChatCompletionFunctions create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionFunctions((String) values[0], (String) values[1], (Map<String, Object>) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionFunctions} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionFunctions> {

		Writer() {
			super(ChatCompletionFunctions.class, "description", "name", "parameters");
		}

		@Override
		protected @Nullable Object value(ChatCompletionFunctions record, int index) {
			return switch (index) {
				case 0 -> record.description();
				case 1 -> record.name();
				case 2 -> record.parameters();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionFunctions record) {
			return record.additionalProperties();
		}

	}
}
