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
 * The response of {@code DELETE /skills/{skill_id}/versions/{version}}: Delete a skill
 * version.
 *
 * @param object The type of the deleted object.
 * @param deleted Whether the object was deleted.
 * @param id The ID of the deleted object.
 * @param version The deleted skill version.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DeletedSkillVersionResource.Reader.class)
public record DeletedSkillVersionResource(@JsonProperty("object") String object,
		@JsonProperty("deleted") Boolean deleted, @JsonProperty("id") String id,
		@JsonProperty("version") String version,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link DeletedSkillVersionResource}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object The type of the deleted object.
	 * @param deleted Whether the object was deleted.
	 * @param id The ID of the deleted object.
	 * @param version The deleted skill version.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DeletedSkillVersionResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DeletedSkillVersionResource}.
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
	 * Builds a {@link DeletedSkillVersionResource}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private @Nullable String id;

		private @Nullable String version;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "skill.version.deleted";
		}

		private Builder(DeletedSkillVersionResource source) {
			this.object = source.object();
			this.deleted = source.deleted();
			this.id = source.id();
			this.version = source.version();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Whether the object was deleted.
		 * @param deleted the value (required)
		 * @return this builder
		 */
		public Builder deleted(@Nullable Boolean deleted) {
			this.deleted = deleted;
			return this;
		}

		/**
		 * The ID of the deleted object.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The deleted skill version.
		 * @param version the value (required)
		 * @return this builder
		 */
		public Builder version(@Nullable String version) {
			this.version = version;
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
		public DeletedSkillVersionResource build() {
			return new DeletedSkillVersionResource(this.object,
					Objects.requireNonNull(this.deleted, "'deleted' is required"),
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.version, "'version' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DeletedSkillVersionResource} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DeletedSkillVersionResource> {

		Reader() {
			super(DeletedSkillVersionResource.class, "object", "deleted", "id", "version");
		}

		@Override
		protected DeletedSkillVersionResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new DeletedSkillVersionResource((String) values[0], (Boolean) values[1], (String) values[2],
					(String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link DeletedSkillVersionResource} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DeletedSkillVersionResource> {

		Writer() {
			super(DeletedSkillVersionResource.class, "object", "deleted", "id", "version");
		}

		@Override
		protected @Nullable Object value(DeletedSkillVersionResource record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.deleted();
				case 2 -> record.id();
				case 3 -> record.version();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DeletedSkillVersionResource record) {
			return record.additionalProperties();
		}

	}
}
