// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Model and tool overrides applied when generating the assistant response.
 *
 * @param toolChoice the {@code tool_choice} property
 * @param model the {@code model} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record InferenceOptions(@JsonProperty("tool_choice") @Nullable ToolChoice toolChoice,
		@JsonProperty("model") @Nullable String model,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public InferenceOptions {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link InferenceOptions}.
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
		 * Set {@code tool_choice}.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable ToolChoice toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Set {@code model}.
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
}
