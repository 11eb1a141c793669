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
 * Occurs when a new [thread](/docs/api-reference/threads/object) is created.
 *
 * @param enabled Whether to enable input audio transcription.
 * @param event the {@code event} property
 * @param data Represents a thread that contains [messages](/docs/api-reference/messages).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ThreadStreamEvent(@JsonProperty("enabled") @Nullable Boolean enabled, @JsonProperty("event") String event,
		@JsonProperty("data") ThreadObject data,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements AssistantStreamEvent {

	public ThreadStreamEvent {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ThreadStreamEvent}.
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
	 * Builds a {@link ThreadStreamEvent}.
	 */
	public static final class Builder {

		private @Nullable Boolean enabled;

		private @Nullable String event;

		private @Nullable ThreadObject data;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.event = "thread.created";
		}

		private Builder(ThreadStreamEvent source) {
			this.enabled = source.enabled();
			this.event = source.event();
			this.data = source.data();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code enabled}: Whether to enable input audio transcription.
		 * @param enabled the value
		 * @return this builder
		 */
		public Builder enabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
			return this;
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
		 * Set {@code data}: Represents a thread that contains
		 * [messages](/docs/api-reference/messages).
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable ThreadObject data) {
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
		public ThreadStreamEvent build() {
			return new ThreadStreamEvent(this.enabled, this.event,
					Objects.requireNonNull(this.data, "'data' is required"), this.additionalProperties);
		}

	}
}
