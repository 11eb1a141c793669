// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Use this option to force the model to call a specific function.
 *
 * @param type For function calling, the type is always {@code function}.
 * @param name The name of the function to call.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ToolChoiceFunction.Reader.class)
public record ToolChoiceFunction(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RealtimeBetaResponseCreateParams.ToolChoice,
			RealtimeResponseCreateParams.ToolChoice,
			RealtimeSessionCreateRequestGA.ToolChoice,
			RealtimeSessionCreateResponseGA.ToolChoice,
			ToolChoiceParam {

	/**
	 * Creates a {@link ToolChoiceFunction}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type For function calling, the type is always {@code function}.
	 * @param name The name of the function to call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ToolChoiceFunction {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ToolChoiceFunction}.
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
	 * Builds a {@link ToolChoiceFunction}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(ToolChoiceFunction source) {
			this.type = source.type();
			this.name = source.name();
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
		public ToolChoiceFunction build() {
			return new ToolChoiceFunction(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ToolChoiceFunction} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ToolChoiceFunction> {

		Reader() {
			super(ToolChoiceFunction.class, "type", "name");
		}

		@Override
		protected ToolChoiceFunction create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ToolChoiceFunction((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ToolChoiceFunction} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ToolChoiceFunction> {

		Writer() {
			super(ToolChoiceFunction.class, "type", "name");
		}

		@Override
		protected @Nullable Object value(ToolChoiceFunction record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ToolChoiceFunction record) {
			return record.additionalProperties();
		}

	}
}
