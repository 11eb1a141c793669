// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Summary information about a group returned in role assignment responses.
 *
 * @param object Always {@code group}.
 * @param id Identifier for the group.
 * @param name Display name of the group.
 * @param createdAt Unix timestamp (in seconds) when the group was created.
 * @param scimManaged Whether the group is managed through SCIM.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Group.Reader.class)
public record Group(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("scim_managed") Boolean scimManaged,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Group}, filling in {@code object} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param object Always {@code group}.
	 * @param id Identifier for the group.
	 * @param name Display name of the group.
	 * @param createdAt Unix timestamp (in seconds) when the group was created.
	 * @param scimManaged Whether the group is managed through SCIM.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Group {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Group}.
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
	 * Builds a {@link Group}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable Long createdAt;

		private @Nullable Boolean scimManaged;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "group";
		}

		private Builder(Group source) {
			this.object = source.object();
			this.id = source.id();
			this.name = source.name();
			this.createdAt = source.createdAt();
			this.scimManaged = source.scimManaged();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the group.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Display name of the group.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) when the group was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Whether the group is managed through SCIM.
		 * @param scimManaged the value (required)
		 * @return this builder
		 */
		public Builder scimManaged(@Nullable Boolean scimManaged) {
			this.scimManaged = scimManaged;
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
		public Group build() {
			return new Group(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.scimManaged, "'scimManaged' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Group} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Group> {

		Reader() {
			super(Group.class, "object", "id", "name", "created_at", "scim_managed");
		}

		@Override
		protected Group create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Group((String) values[0], (String) values[1], (String) values[2], (Long) values[3],
					(Boolean) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Group} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Group> {

		Writer() {
			super(Group.class, "object", "id", "name", "created_at", "scim_managed");
		}

		@Override
		protected @Nullable Object value(Group record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.name();
				case 3 -> record.createdAt();
				case 4 -> record.scimManaged();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Group record) {
			return record.additionalProperties();
		}

	}
}
