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
 * The response of {@code POST /skills/{skill_id}/versions} and {@code GET
 * /skills/{skill_id}/versions/{version}}.
 *
 * @param object The object type, which is {@code skill.version}.
 * @param id Unique identifier for the skill version.
 * @param skillId Identifier of the skill for this version.
 * @param version Version number for this skill.
 * @param createdAt Unix timestamp (seconds) for when the version was created.
 * @param name Name of the skill version.
 * @param description Description of the skill version.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = SkillVersionResource.Reader.class)
public record SkillVersionResource(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("skill_id") String skillId, @JsonProperty("version") String version,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("name") String name,
		@JsonProperty("description") String description,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link SkillVersionResource}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The object type, which is {@code skill.version}.
	 * @param id Unique identifier for the skill version.
	 * @param skillId Identifier of the skill for this version.
	 * @param version Version number for this skill.
	 * @param createdAt Unix timestamp (seconds) for when the version was created.
	 * @param name Name of the skill version.
	 * @param description Description of the skill version.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public SkillVersionResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link SkillVersionResource}.
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
	 * Builds a {@link SkillVersionResource}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String skillId;

		private @Nullable String version;

		private @Nullable Long createdAt;

		private @Nullable String name;

		private @Nullable String description;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "skill.version";
		}

		private Builder(SkillVersionResource source) {
			this.object = source.object();
			this.id = source.id();
			this.skillId = source.skillId();
			this.version = source.version();
			this.createdAt = source.createdAt();
			this.name = source.name();
			this.description = source.description();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the skill version.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Identifier of the skill for this version.
		 * @param skillId the value (required)
		 * @return this builder
		 */
		public Builder skillId(@Nullable String skillId) {
			this.skillId = skillId;
			return this;
		}

		/**
		 * Version number for this skill.
		 * @param version the value (required)
		 * @return this builder
		 */
		public Builder version(@Nullable String version) {
			this.version = version;
			return this;
		}

		/**
		 * Unix timestamp (seconds) for when the version was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Name of the skill version.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Description of the skill version.
		 * @param description the value (required)
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
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
		public SkillVersionResource build() {
			return new SkillVersionResource(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.skillId, "'skillId' is required"),
					Objects.requireNonNull(this.version, "'version' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.description, "'description' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link SkillVersionResource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<SkillVersionResource> {

		Reader() {
			super(SkillVersionResource.class, "object", "id", "skill_id", "version", "created_at", "name",
					"description");
		}

		@Override
		protected SkillVersionResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new SkillVersionResource((String) values[0], (String) values[1], (String) values[2],
					(String) values[3], (Long) values[4], (String) values[5], (String) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link SkillVersionResource} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<SkillVersionResource> {

		Writer() {
			super(SkillVersionResource.class, "object", "id", "skill_id", "version", "created_at", "name",
					"description");
		}

		@Override
		protected @Nullable Object value(SkillVersionResource record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.skillId();
				case 3 -> record.version();
				case 4 -> record.createdAt();
				case 5 -> record.name();
				case 6 -> record.description();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(SkillVersionResource record) {
			return record.additionalProperties();
		}

	}
}
