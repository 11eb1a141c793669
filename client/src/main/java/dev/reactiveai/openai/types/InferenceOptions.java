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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Model and tool overrides applied when generating the assistant response.
 *
 * @param toolChoice Tool selection that the assistant should honor when executing the
 * item.
 * @param model Model name that generated the response. Defaults to null when using the
 * session default.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InferenceOptions.Reader.class)
public record InferenceOptions(@JsonProperty("tool_choice") @Nullable ToolChoice toolChoice,
		@JsonProperty("model") @Nullable String model,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link InferenceOptions}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param toolChoice Tool selection that the assistant should honor when executing the
	 * item.
	 * @param model Model name that generated the response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InferenceOptions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InferenceOptions}.
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
	 * Builds a {@link InferenceOptions}.
	 */
	public static final class Builder {

		private @Nullable ToolChoice toolChoice;

		private @Nullable String model;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(InferenceOptions source) {
			this.toolChoice = source.toolChoice();
			this.model = source.model();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Tool selection that the assistant should honor when executing the item.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable ToolChoice toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Model name that generated the response.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
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
		public InferenceOptions build() {
			return new InferenceOptions(this.toolChoice, this.model, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InferenceOptions} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InferenceOptions> {

		Reader() {
			super(InferenceOptions.class, "tool_choice", "model");
		}

		@Override
		protected InferenceOptions create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new InferenceOptions((ToolChoice) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InferenceOptions} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InferenceOptions> {

		Writer() {
			super(InferenceOptions.class, "tool_choice", "model");
		}

		@Override
		protected @Nullable Object value(InferenceOptions record, int index) {
			return switch (index) {
				case 0 -> record.toolChoice();
				case 1 -> record.model();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InferenceOptions record) {
			return record.additionalProperties();
		}

	}
}
