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
 * Defines a function in your own code the model can choose to call. Learn more about
 * <a href="https://platform.openai.com/docs/guides/function-calling">function
 * calling</a>.
 *
 * @param type The type of the function tool. Always {@code function}.
 * @param name The name of the function to call.
 * @param description A description of the function. Used by the model to determine
 * whether or not to call the function.
 * @param parameters A JSON schema object describing the parameters of the function.
 * @param strict Whether to enforce strict parameter validation. Default {@code true}.
 * @param deferLoading Whether this function is deferred and loaded via tool search.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionTool.Reader.class)
public record FunctionTool(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("parameters") @Nullable Map<String, Object> parameters,
		@JsonProperty("strict") @Nullable Boolean strict, @JsonProperty("defer_loading") @Nullable Boolean deferLoading,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link FunctionTool}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the function tool.
	 * @param name The name of the function to call.
	 * @param description A description of the function.
	 * @param parameters A JSON schema object describing the parameters of the function.
	 * @param strict Whether to enforce strict parameter validation.
	 * @param deferLoading Whether this function is deferred and loaded via tool search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionTool}.
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
	 * Builds a {@link FunctionTool}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable Map<String, Object> parameters;

		private @Nullable Boolean strict;

		private @Nullable Boolean deferLoading;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(FunctionTool source) {
			this.type = source.type();
			this.name = source.name();
			this.description = source.description();
			this.parameters = (source.parameters() != null) ? new LinkedHashMap<>(source.parameters()) : null;
			this.strict = source.strict();
			this.deferLoading = source.deferLoading();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the function to call.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * A description of the function.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * A JSON schema object describing the parameters of the function.
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
		 * A JSON schema object describing the parameters of the function.
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
		 * Whether to enforce strict parameter validation.
		 * @param strict the value
		 * @return this builder
		 */
		public Builder strict(@Nullable Boolean strict) {
			this.strict = strict;
			return this;
		}

		/**
		 * Whether this function is deferred and loaded via tool search.
		 * @param deferLoading the value
		 * @return this builder
		 */
		public Builder deferLoading(@Nullable Boolean deferLoading) {
			this.deferLoading = deferLoading;
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
		public FunctionTool build() {
			return new FunctionTool(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					this.description, (this.parameters != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.parameters)) : null,
					this.strict, this.deferLoading, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionTool} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionTool> {

		Reader() {
			super(FunctionTool.class, "type", "name", "description", "parameters", "strict", "defer_loading");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected FunctionTool create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new FunctionTool((String) values[0], (String) values[1], (String) values[2],
					(Map<String, Object>) values[3], (Boolean) values[4], (Boolean) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionTool} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionTool> {

		Writer() {
			super(FunctionTool.class, "type", "name", "description", "parameters", "strict", "defer_loading");
		}

		@Override
		protected @Nullable Object value(FunctionTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.description();
				case 3 -> record.parameters();
				case 4 -> record.strict();
				case 5 -> record.deferLoading();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionTool record) {
			return record.additionalProperties();
		}

	}
}
