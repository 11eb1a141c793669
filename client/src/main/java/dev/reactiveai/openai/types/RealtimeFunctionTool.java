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
 * Function tool
 *
 * @param type The type of the tool, i.e. {@code function}.
 * @param name The name of the function.
 * @param description The description of the function, including guidance on when and how
 * to call it, and guidance about what to tell the user when calling (if anything).
 * @param parameters Parameters of the function in JSON Schema.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeFunctionTool.Reader.class)
public record RealtimeFunctionTool(@JsonProperty("type") @Nullable String type,
		@JsonProperty("name") @Nullable String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("parameters") @Nullable Map<String, Object> parameters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RealtimeResponseCreateParams.Tool,
			RealtimeSessionCreateRequestGA.Tool,
			RealtimeSessionCreateResponseGA.Tool {

	/**
	 * Creates a {@link RealtimeFunctionTool}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the tool, i.e. {@code function}.
	 * @param name The name of the function.
	 * @param description The description of the function, including guidance on when and
	 * how to call it, and guidance about what to tell the user when calling (if
	 * anything).
	 * @param parameters Parameters of the function in JSON Schema.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeFunctionTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeFunctionTool}.
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
	 * Builds a {@link RealtimeFunctionTool}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable Map<String, Object> parameters;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(RealtimeFunctionTool source) {
			this.type = source.type();
			this.name = source.name();
			this.description = source.description();
			this.parameters = (source.parameters() != null) ? new LinkedHashMap<>(source.parameters()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the function.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The description of the function, including guidance on when and how to call it,
		 * and guidance about what to tell the user when calling (if anything).
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Parameters of the function in JSON Schema.
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
		 * Parameters of the function in JSON Schema.
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
		public RealtimeFunctionTool build() {
			return new RealtimeFunctionTool(
					this.type, this.name, this.description, (this.parameters != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.parameters)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeFunctionTool} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeFunctionTool> {

		Reader() {
			super(RealtimeFunctionTool.class, "type", "name", "description", "parameters");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RealtimeFunctionTool create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeFunctionTool((String) values[0], (String) values[1], (String) values[2],
					(Map<String, Object>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeFunctionTool} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeFunctionTool> {

		Writer() {
			super(RealtimeFunctionTool.class, "type", "name", "description", "parameters");
		}

		@Override
		protected @Nullable Object value(RealtimeFunctionTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.description();
				case 3 -> record.parameters();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeFunctionTool record) {
			return record.additionalProperties();
		}

	}
}
