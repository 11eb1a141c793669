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
 * Occurs when an [error](/docs/guides/error-codes#api-errors) occurs. This can happen due
 * to an internal server error or a timeout.
 *
 * @param event the {@code event} property
 * @param data the {@code data} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ErrorEvent(@JsonProperty("event") String event, @JsonProperty("data") Error data,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements AssistantStreamEvent {

	public ErrorEvent {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ErrorEvent}.
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
	 * Builds a {@link ErrorEvent}.
	 */
	public static final class Builder {

		private @Nullable String event;

		private @Nullable Error data;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.event = "error";
		}

		private Builder(ErrorEvent source) {
			this.event = source.event();
			this.data = source.data();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code event}.
		 * @param event the value (required)
		 * @return this builder
		 */
		public Builder event(@Nullable String event) {
			this.event = event;
			return this;
		}

		/**
		 * Set {@code data}.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable Error data) {
			this.data = data;
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
		public ErrorEvent build() {
			return new ErrorEvent(this.event, Objects.requireNonNull(this.data, "'data' is required"),
					this.additionalProperties);
		}

	}
}
