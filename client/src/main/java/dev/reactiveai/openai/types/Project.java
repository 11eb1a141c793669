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
 * Represents an individual project.
 *
 * @param id The identifier, which can be referenced in API endpoints
 * @param object The object type, which is always {@code organization.project}
 * @param name The name of the project. This appears in reporting.
 * @param createdAt The Unix timestamp (in seconds) of when the project was created.
 * @param archivedAt The Unix timestamp (in seconds) of when the project was archived or
 * {@code null}.
 * @param status {@code active} or {@code archived}
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Project.Reader.class)
public record Project(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("name") String name, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("archived_at") @Nullable Long archivedAt, @JsonProperty("status") Project.Status status,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Project}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param id The identifier, which can be referenced in API endpoints
	 * @param object The object type, which is always {@code organization.project}
	 * @param name The name of the project.
	 * @param createdAt The Unix timestamp (in seconds) of when the project was created.
	 * @param archivedAt The Unix timestamp (in seconds) of when the project was archived
	 * or {@code null}.
	 * @param status {@code active} or {@code archived}
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Project {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Project}.
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
	 * {@code active} or {@code archived}
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code active}.
		 */
		public static final Status ACTIVE = new Status("active");

		/**
		 * The value {@code archived}.
		 */
		public static final Status ARCHIVED = new Status("archived");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "active" -> ACTIVE;
				case "archived" -> ARCHIVED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "active", "archived" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link Project}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable String name;

		private @Nullable Long createdAt;

		private @Nullable Long archivedAt;

		private @Nullable Status status;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.project";
		}

		private Builder(Project source) {
			this.id = source.id();
			this.object = source.object();
			this.name = source.name();
			this.createdAt = source.createdAt();
			this.archivedAt = source.archivedAt();
			this.status = source.status();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier, which can be referenced in API endpoints
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The name of the project.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) of when the project was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) of when the project was archived or
		 * {@code null}.
		 * @param archivedAt the value
		 * @return this builder
		 */
		public Builder archivedAt(@Nullable Long archivedAt) {
			this.archivedAt = archivedAt;
			return this;
		}

		/**
		 * {@code active} or {@code archived}
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * {@code active} or {@code archived}
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
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
		public Project build() {
			return new Project(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.archivedAt,
					Objects.requireNonNull(this.status, "'status' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Project} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Project> {

		Reader() {
			super(Project.class, "id", "object", "name", "created_at", "archived_at", "status");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected Project create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Project((String) values[0], (String) values[1], (String) values[2], (Long) values[3],
					(Long) values[4], (Status) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Project} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Project> {

		Writer() {
			super(Project.class, "id", "object", "name", "created_at", "archived_at", "status");
		}

		@Override
		protected @Nullable Object value(Project record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.name();
				case 3 -> record.createdAt();
				case 4 -> record.archivedAt();
				case 5 -> record.status();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Project record) {
			return record.additionalProperties();
		}

	}
}
