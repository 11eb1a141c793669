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

/**
 * Returned when the model-generated function call arguments are done streaming. Also
 * emitted when a Response is interrupted, incomplete, or cancelled.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be `response.function_call_arguments.done`.
 * @param responseId The ID of the response.
 * @param itemId The ID of the function call item.
 * @param outputIndex The index of the output item in the response.
 * @param callId The ID of the function call.
 * @param name The name of the function that was called.
 * @param arguments The final arguments as a JSON string.
 * @param additionalProperties properties that this version of the client does not know
 */
public record RealtimeBetaServerEventResponseFunctionCallArgumentsDone(@JsonProperty("event_id") String eventId,
		@JsonProperty("type") String type, @JsonProperty("response_id") String responseId,
		@JsonProperty("item_id") String itemId, @JsonProperty("output_index") Long outputIndex,
		@JsonProperty("call_id") String callId, @JsonProperty("name") String name,
		@JsonProperty("arguments") String arguments,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public RealtimeBetaServerEventResponseFunctionCallArgumentsDone {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventResponseFunctionCallArgumentsDone}.
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
	 * Builds a {@link RealtimeBetaServerEventResponseFunctionCallArgumentsDone}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable String responseId;

		private @Nullable String itemId;

		private @Nullable Long outputIndex;

		private @Nullable String callId;

		private @Nullable String name;

		private @Nullable String arguments;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "response.function_call_arguments.done";
		}

		private Builder(RealtimeBetaServerEventResponseFunctionCallArgumentsDone source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.responseId = source.responseId();
			this.itemId = source.itemId();
			this.outputIndex = source.outputIndex();
			this.callId = source.callId();
			this.name = source.name();
			this.arguments = source.arguments();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code event_id}: The unique ID of the server event.
		 * @param eventId the value (required)
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * Set {@code type}: The event type, must be
		 * `response.function_call_arguments.done`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code response_id}: The ID of the response.
		 * @param responseId the value (required)
		 * @return this builder
		 */
		public Builder responseId(@Nullable String responseId) {
			this.responseId = responseId;
			return this;
		}

		/**
		 * Set {@code item_id}: The ID of the function call item.
		 * @param itemId the value (required)
		 * @return this builder
		 */
		public Builder itemId(@Nullable String itemId) {
			this.itemId = itemId;
			return this;
		}

		/**
		 * Set {@code output_index}: The index of the output item in the response.
		 * @param outputIndex the value (required)
		 * @return this builder
		 */
		public Builder outputIndex(@Nullable Long outputIndex) {
			this.outputIndex = outputIndex;
			return this;
		}

		/**
		 * Set {@code call_id}: The ID of the function call.
		 * @param callId the value (required)
		 * @return this builder
		 */
		public Builder callId(@Nullable String callId) {
			this.callId = callId;
			return this;
		}

		/**
		 * Set {@code name}: The name of the function that was called.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set {@code arguments}: The final arguments as a JSON string.
		 * @param arguments the value (required)
		 * @return this builder
		 */
		public Builder arguments(@Nullable String arguments) {
			this.arguments = arguments;
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
		public RealtimeBetaServerEventResponseFunctionCallArgumentsDone build() {
			return new RealtimeBetaServerEventResponseFunctionCallArgumentsDone(
					Objects.requireNonNull(this.eventId, "'eventId' is required"), this.type,
					Objects.requireNonNull(this.responseId, "'responseId' is required"),
					Objects.requireNonNull(this.itemId, "'itemId' is required"),
					Objects.requireNonNull(this.outputIndex, "'outputIndex' is required"),
					Objects.requireNonNull(this.callId, "'callId' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.arguments, "'arguments' is required"), this.additionalProperties);
		}

	}
}
