// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Hosted or BYOT tool search configuration for deferred tools.
 *
 * @param type The type of the tool.
 * @param execution Whether tool search is executed by the server or by the client.
 * @param description the {@code description} property
 * @param parameters the {@code parameters} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ToolSearchToolParam(@JsonProperty("type") String type,
		@JsonProperty("execution") @Nullable ToolSearchExecutionType execution,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("parameters") @Nullable Map<String, Object> parameters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	public ToolSearchToolParam {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ToolSearchToolParam}.
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
	 * Builds a {@link ToolSearchToolParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable ToolSearchExecutionType execution;

		private @Nullable String description;

		private @Nullable Map<String, Object> parameters;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "tool_search";
		}

		private Builder(ToolSearchToolParam source) {
			this.type = source.type();
			this.execution = source.execution();
			this.description = source.description();
			this.parameters = source.parameters();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of the tool. Always `tool_search`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code execution}: Whether tool search is executed by the server or by the
		 * client.
		 * @param execution the value
		 * @return this builder
		 */
		public Builder execution(@Nullable ToolSearchExecutionType execution) {
			this.execution = execution;
			return this;
		}

		/**
		 * Set {@code execution} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder execution(String value) {
			return execution(ToolSearchExecutionType.of(value));
		}

		/**
		 * Set {@code description}.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set {@code parameters}.
		 * @param parameters the value
		 * @return this builder
		 */
		public Builder parameters(@Nullable Map<String, Object> parameters) {
			this.parameters = parameters;
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
		public ToolSearchToolParam build() {
			return new ToolSearchToolParam(this.type, this.execution, this.description, this.parameters,
					this.additionalProperties);
		}

	}
}
