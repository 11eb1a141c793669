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
 * @param object the {@code object} property
 * @param deleted the {@code deleted} property
 * @param evalId the {@code eval_id} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record EvalsDeleteResponse(@JsonProperty("object") String object, @JsonProperty("deleted") Boolean deleted,
		@JsonProperty("eval_id") String evalId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public EvalsDeleteResponse {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link EvalsDeleteResponse}.
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
	 * Builds a {@link EvalsDeleteResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private @Nullable String evalId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(EvalsDeleteResponse source) {
			this.object = source.object();
			this.deleted = source.deleted();
			this.evalId = source.evalId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code object}.
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Set {@code deleted}.
		 * @param deleted the value (required)
		 * @return this builder
		 */
		public Builder deleted(@Nullable Boolean deleted) {
			this.deleted = deleted;
			return this;
		}

		/**
		 * Set {@code eval_id}.
		 * @param evalId the value (required)
		 * @return this builder
		 */
		public Builder evalId(@Nullable String evalId) {
			this.evalId = evalId;
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
		public EvalsDeleteResponse build() {
			return new EvalsDeleteResponse(Objects.requireNonNull(this.object, "'object' is required"),
					Objects.requireNonNull(this.deleted, "'deleted' is required"),
					Objects.requireNonNull(this.evalId, "'evalId' is required"), this.additionalProperties);
		}

	}
}
