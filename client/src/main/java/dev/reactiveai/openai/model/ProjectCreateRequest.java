// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * @param name The friendly name of the project, this name appears in reports.
 * @param geography Create the project with the specified data residency region.
 * @param additionalProperties properties that this version of the client does not know
 */
public record ProjectCreateRequest(@JsonProperty("name") String name,
		@JsonProperty("geography") ProjectCreateRequest.@Nullable Geography geography,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ProjectCreateRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ProjectCreateRequest}.
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
	 * Create the project with the specified data residency region. Your organization must
	 * have access to Data residency functionality in order to use. See [data residency
	 * controls](/docs/guides/your-data#data-residency-controls) to review the
	 * functionality and limitations of setting this field.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Geography(@JsonValue String value) {
		public static final Geography US = new Geography("US");

		public static final Geography EU = new Geography("EU");

		public static final Geography JP = new Geography("JP");

		public static final Geography IN = new Geography("IN");

		public static final Geography KR = new Geography("KR");

		public static final Geography CA = new Geography("CA");

		public static final Geography AU = new Geography("AU");

		public static final Geography SG = new Geography("SG");

		public Geography {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 */
		@JsonCreator
		public static Geography of(String value) {
			return switch (value) {
				case "US" -> US;
				case "EU" -> EU;
				case "JP" -> JP;
				case "IN" -> IN;
				case "KR" -> KR;
				case "CA" -> CA;
				case "AU" -> AU;
				case "SG" -> SG;
				default -> new Geography(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "US", "EU", "JP", "IN", "KR", "CA", "AU", "SG" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ProjectCreateRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable Geography geography;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ProjectCreateRequest source) {
			this.name = source.name();
			this.geography = source.geography();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code name}: The friendly name of the project, this name appears in
		 * reports.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set {@code geography}: Create the project with the specified data residency
		 * region. Your organization must have access to Data residency functionality in
		 * order to use. See [data residency
		 * controls](/docs/guides/your-data#data-residency-controls) to review the
		 * functionality and limitations of setting this field.
		 * @param geography the value
		 * @return this builder
		 */
		public Builder geography(@Nullable Geography geography) {
			this.geography = geography;
			return this;
		}

		/**
		 * Set {@code geography} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder geography(String value) {
			return geography(Geography.of(value));
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
		public ProjectCreateRequest build() {
			return new ProjectCreateRequest(Objects.requireNonNull(this.name, "'name' is required"), this.geography,
					this.additionalProperties);
		}

	}
}
