// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /organization/projects}: Create a new project in the
 * organization.
 *
 * @param name The friendly name of the project, this name appears in reports.
 * @param geography Create the project with the specified data residency region. Your
 * organization must have access to Data residency functionality in order to use. See
 * <a href=
 * "https://platform.openai.com/docs/guides/your-data#data-residency-controls">data
 * residency controls</a> to review the functionality and limitations of setting this
 * field.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectCreateRequest.Reader.class)
public record ProjectCreateRequest(@JsonProperty("name") String name,
		@JsonProperty("geography") ProjectCreateRequest.@Nullable Geography geography,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectCreateRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name The friendly name of the project, this name appears in reports.
	 * @param geography Create the project with the specified data residency region.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectCreateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectCreateRequest}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Create the project with the specified data residency region. Your organization must
	 * have access to Data residency functionality in order to use. See <a href=
	 * "https://platform.openai.com/docs/guides/your-data#data-residency-controls">data
	 * residency controls</a> to review the functionality and limitations of setting this
	 * field.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Geography(@JsonValue String value) {
		/**
		 * The value {@code US}.
		 */
		public static final Geography US = new Geography("US");

		/**
		 * The value {@code EU}.
		 */
		public static final Geography EU = new Geography("EU");

		/**
		 * The value {@code JP}.
		 */
		public static final Geography JP = new Geography("JP");

		/**
		 * The value {@code IN}.
		 */
		public static final Geography IN = new Geography("IN");

		/**
		 * The value {@code KR}.
		 */
		public static final Geography KR = new Geography("KR");

		/**
		 * The value {@code CA}.
		 */
		public static final Geography CA = new Geography("CA");

		/**
		 * The value {@code AU}.
		 */
		public static final Geography AU = new Geography("AU");

		/**
		 * The value {@code SG}.
		 */
		public static final Geography SG = new Geography("SG");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Geography {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
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
		 * @return whether the value is one of the constants
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
		 * The friendly name of the project, this name appears in reports.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Create the project with the specified data residency region.
		 * @param geography the value
		 * @return this builder
		 */
		public Builder geography(@Nullable Geography geography) {
			this.geography = geography;
			return this;
		}

		/**
		 * Create the project with the specified data residency region.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
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

	/**
	 * Reads a {@link ProjectCreateRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectCreateRequest> {

		Reader() {
			super(ProjectCreateRequest.class, "name", "geography");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Geography.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ProjectCreateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ProjectCreateRequest((String) values[0], (Geography) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectCreateRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectCreateRequest> {

		Writer() {
			super(ProjectCreateRequest.class, "name", "geography");
		}

		@Override
		protected @Nullable Object value(ProjectCreateRequest record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.geography();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectCreateRequest record) {
			return record.additionalProperties();
		}

	}
}
