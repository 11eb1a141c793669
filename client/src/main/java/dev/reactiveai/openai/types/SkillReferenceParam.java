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
 * An object with {@code type}, {@code skill_id} and {@code version}.
 *
 * @param type References a skill created with the /v1/skills endpoint.
 * @param skillId The ID of the referenced skill.
 * @param version Optional skill version. Use a positive integer or 'latest'. Omit for
 * default.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = SkillReferenceParam.Reader.class)
public record SkillReferenceParam(@JsonProperty("type") String type, @JsonProperty("skill_id") String skillId,
		@JsonProperty("version") @Nullable String version,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ContainerAutoParam.Skill,
			CreateContainerBody.Skill {

	/**
	 * Creates a {@link SkillReferenceParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type References a skill created with the /v1/skills endpoint.
	 * @param skillId The ID of the referenced skill.
	 * @param version Optional skill version.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public SkillReferenceParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link SkillReferenceParam}.
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
	 * Builds a {@link SkillReferenceParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String skillId;

		private @Nullable String version;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "skill_reference";
		}

		private Builder(SkillReferenceParam source) {
			this.type = source.type();
			this.skillId = source.skillId();
			this.version = source.version();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the referenced skill.
		 * @param skillId the value (required)
		 * @return this builder
		 */
		public Builder skillId(@Nullable String skillId) {
			this.skillId = skillId;
			return this;
		}

		/**
		 * Optional skill version.
		 * @param version the value
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
		public SkillReferenceParam build() {
			return new SkillReferenceParam(this.type, Objects.requireNonNull(this.skillId, "'skillId' is required"),
					this.version, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link SkillReferenceParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<SkillReferenceParam> {

		Reader() {
			super(SkillReferenceParam.class, "type", "skill_id", "version");
		}

		@Override
		protected SkillReferenceParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new SkillReferenceParam((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link SkillReferenceParam} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<SkillReferenceParam> {

		Writer() {
			super(SkillReferenceParam.class, "type", "skill_id", "version");
		}

		@Override
		protected @Nullable Object value(SkillReferenceParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.skillId();
				case 2 -> record.version();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(SkillReferenceParam record) {
			return record.additionalProperties();
		}

	}
}
