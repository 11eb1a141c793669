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
 * @param type The type of the item.
 * @param id The unique ID of the tool search call item.
 * @param callId the {@code call_id} property
 * @param execution Whether tool search was executed by the server or by the client.
 * @param arguments Arguments used for the tool search call.
 * @param status The status of the tool search call item that was recorded.
 * @param createdBy The identifier of the actor that created the item.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ToolSearchCall(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("call_id") @Nullable String callId, @JsonProperty("execution") ToolSearchExecutionType execution,
		@JsonProperty("arguments") Object arguments, @JsonProperty("status") FunctionCallStatus status,
		@JsonProperty("created_by") @Nullable String createdBy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			ItemField,
			ItemResource,
			OutputItem {

	public ToolSearchCall {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ToolSearchCall}.
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
	 * Builds a {@link ToolSearchCall}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String callId;

		private @Nullable ToolSearchExecutionType execution;

		private @Nullable Object arguments;

		private @Nullable FunctionCallStatus status;

		private @Nullable String createdBy;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "tool_search_call";
		}

		private Builder(ToolSearchCall source) {
			this.type = source.type();
			this.id = source.id();
			this.callId = source.callId();
			this.execution = source.execution();
			this.arguments = source.arguments();
			this.status = source.status();
			this.createdBy = source.createdBy();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of the item. Always `tool_search_call`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code id}: The unique ID of the tool search call item.
		 * @param id the value (required)
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
		 * Set {@code execution}: Whether tool search was executed by the server or by the
		 * client.
		 * @param execution the value (required)
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
		 * Set {@code arguments}: Arguments used for the tool search call.
		 * @param arguments the value (required)
		 * @return this builder
		 */
		public Builder arguments(@Nullable Object arguments) {
			this.arguments = arguments;
			return this;
		}

		/**
		 * Set {@code status}: The status of the tool search call item that was recorded.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable FunctionCallStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * Set {@code status} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(FunctionCallStatus.of(value));
		}

		/**
		 * Set {@code created_by}: The identifier of the actor that created the item.
		 * @param createdBy the value
		 * @return this builder
		 */
		public Builder createdBy(@Nullable String createdBy) {
			this.createdBy = createdBy;
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
		public ToolSearchCall build() {
			return new ToolSearchCall(this.type, Objects.requireNonNull(this.id, "'id' is required"), this.callId,
					Objects.requireNonNull(this.execution, "'execution' is required"),
					Objects.requireNonNull(this.arguments, "'arguments' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.createdBy,
					this.additionalProperties);
		}

	}
}
