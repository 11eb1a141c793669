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
 * The response of {@code POST /skills}, {@code GET /skills/{skill_id}} and {@code POST
 * /skills/{skill_id}}.
 *
 * @param id Unique identifier for the skill.
 * @param object The object type, which is {@code skill}.
 * @param name Name of the skill.
 * @param description Description of the skill.
 * @param createdAt Unix timestamp (seconds) for when the skill was created.
 * @param defaultVersion Default version for the skill.
 * @param latestVersion Latest version for the skill.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = SkillResource.Reader.class)
public record SkillResource(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("name") String name, @JsonProperty("description") String description,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("default_version") String defaultVersion,
		@JsonProperty("latest_version") String latestVersion,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link SkillResource}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id Unique identifier for the skill.
	 * @param object The object type, which is {@code skill}.
	 * @param name Name of the skill.
	 * @param description Description of the skill.
	 * @param createdAt Unix timestamp (seconds) for when the skill was created.
	 * @param defaultVersion Default version for the skill.
	 * @param latestVersion Latest version for the skill.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public SkillResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link SkillResource}.
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
	 * Builds a {@link SkillResource}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable Long createdAt;

		private @Nullable String defaultVersion;

		private @Nullable String latestVersion;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "skill";
		}

		private Builder(SkillResource source) {
			this.id = source.id();
			this.object = source.object();
			this.name = source.name();
			this.description = source.description();
			this.createdAt = source.createdAt();
			this.defaultVersion = source.defaultVersion();
			this.latestVersion = source.latestVersion();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the skill.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Name of the skill.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Description of the skill.
		 * @param description the value (required)
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Unix timestamp (seconds) for when the skill was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Default version for the skill.
		 * @param defaultVersion the value (required)
		 * @return this builder
		 */
		public Builder defaultVersion(@Nullable String defaultVersion) {
			this.defaultVersion = defaultVersion;
			return this;
		}

		/**
		 * Latest version for the skill.
		 * @param latestVersion the value (required)
		 * @return this builder
		 */
		public Builder latestVersion(@Nullable String latestVersion) {
			this.latestVersion = latestVersion;
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
		public SkillResource build() {
			return new SkillResource(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.description, "'description' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.defaultVersion, "'defaultVersion' is required"),
					Objects.requireNonNull(this.latestVersion, "'latestVersion' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link SkillResource} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<SkillResource> {

		Reader() {
			super(SkillResource.class, "id", "object", "name", "description", "created_at", "default_version",
					"latest_version");
		}

		@Override
		protected SkillResource create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new SkillResource((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					(Long) values[4], (String) values[5], (String) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link SkillResource} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<SkillResource> {

		Writer() {
			super(SkillResource.class, "id", "object", "name", "description", "created_at", "default_version",
					"latest_version");
		}

		@Override
		protected @Nullable Object value(SkillResource record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.name();
				case 3 -> record.description();
				case 4 -> record.createdAt();
				case 5 -> record.defaultVersion();
				case 6 -> record.latestVersion();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(SkillResource record) {
			return record.additionalProperties();
		}

	}
}
