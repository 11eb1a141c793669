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
 * The approximate location of the user.
 *
 * @param type The type of location approximation.
 * @param country the {@code country} property
 * @param region the {@code region} property
 * @param city the {@code city} property
 * @param timezone the {@code timezone} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record WebSearchApproximateLocation(@JsonProperty("type") @Nullable String type,
		@JsonProperty("country") @Nullable String country, @JsonProperty("region") @Nullable String region,
		@JsonProperty("city") @Nullable String city, @JsonProperty("timezone") @Nullable String timezone,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public WebSearchApproximateLocation {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link WebSearchApproximateLocation}.
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
	 * Builds a {@link WebSearchApproximateLocation}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String country;

		private @Nullable String region;

		private @Nullable String city;

		private @Nullable String timezone;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "approximate";
		}

		private Builder(WebSearchApproximateLocation source) {
			this.type = source.type();
			this.country = source.country();
			this.region = source.region();
			this.city = source.city();
			this.timezone = source.timezone();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of location approximation. Always `approximate`.
		 * @param type the value
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code country}.
		 * @param country the value
		 * @return this builder
		 */
		public Builder country(@Nullable String country) {
			this.country = country;
			return this;
		}

		/**
		 * Set {@code region}.
		 * @param region the value
		 * @return this builder
		 */
		public Builder region(@Nullable String region) {
			this.region = region;
			return this;
		}

		/**
		 * Set {@code city}.
		 * @param city the value
		 * @return this builder
		 */
		public Builder city(@Nullable String city) {
			this.city = city;
			return this;
		}

		/**
		 * Set {@code timezone}.
		 * @param timezone the value
		 * @return this builder
		 */
		public Builder timezone(@Nullable String timezone) {
			this.timezone = timezone;
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
		public WebSearchApproximateLocation build() {
			return new WebSearchApproximateLocation(this.type, this.country, this.region, this.city, this.timezone,
					this.additionalProperties);
		}

	}
}
