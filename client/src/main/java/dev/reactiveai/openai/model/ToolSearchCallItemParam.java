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
 * @param id the {@code id} property
 * @param callId the {@code call_id} property
 * @param type The item type.
 * @param execution Whether tool search was executed by the server or by the client.
 * @param arguments The arguments supplied to the tool search call.
 * @param status the {@code status} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ToolSearchCallItemParam(@JsonProperty("id") @Nullable String id,
		@JsonProperty("call_id") @Nullable String callId, @JsonProperty("type") String type,
		@JsonProperty("execution") @Nullable ToolSearchExecutionType execution,
		@JsonProperty("arguments") Map<String, Object> arguments,
		@JsonProperty("status") @Nullable FunctionCallItemStatus status,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Item {

	public ToolSearchCallItemParam {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ToolSearchCallItemParam}.
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
	 * Builds a {@link ToolSearchCallItemParam}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String callId;

		private @Nullable String type;

		private @Nullable ToolSearchExecutionType execution;

		private @Nullable Map<String, Object> arguments;

		private @Nullable FunctionCallItemStatus status;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "tool_search_call";
		}

		private Builder(ToolSearchCallItemParam source) {
			this.id = source.id();
			this.callId = source.callId();
			this.type = source.type();
			this.execution = source.execution();
			this.arguments = source.arguments();
			this.status = source.status();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code id}.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code call_id}.
		 * @param callId the value
		 * @return this builder
		 */
		public Builder callId(@Nullable String callId) {
			this.callId = callId;
			return this;
		}

		/**
		 * Set {@code type}: The item type. Always `tool_search_call`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code execution}: Whether tool search was executed by the server or by the
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
		 * Set {@code arguments}: The arguments supplied to the tool search call.
		 * @param arguments the value (required)
		 * @return this builder
		 */
		public Builder arguments(@Nullable Map<String, Object> arguments) {
			this.arguments = arguments;
			return this;
		}

		/**
		 * Set {@code status}.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable FunctionCallItemStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code status} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(FunctionCallItemStatus.of(value));
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
		public ToolSearchCallItemParam build() {
			return new ToolSearchCallItemParam(this.id, this.callId, this.type, this.execution,
					Objects.requireNonNull(this.arguments, "'arguments' is required"), this.status,
					this.additionalProperties);
		}

	}
}
