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
 * An object with {@code type}, {@code name}, {@code description} and {@code source}.
 *
 * @param type Defines an inline skill for this request.
 * @param name The name of the skill.
 * @param description The description of the skill.
 * @param source Inline skill payload
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InlineSkillParam.Reader.class)
public record InlineSkillParam(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("description") String description, @JsonProperty("source") InlineSkillSourceParam source,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ContainerAutoParam.Skill,
			CreateContainerBody.Skill {

	/**
	 * Creates a {@link InlineSkillParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Defines an inline skill for this request.
	 * @param name The name of the skill.
	 * @param description The description of the skill.
	 * @param source Inline skill payload
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InlineSkillParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InlineSkillParam}.
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
	 * Builds a {@link InlineSkillParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable InlineSkillSourceParam source;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "inline";
		}

		private Builder(InlineSkillParam source) {
			this.type = source.type();
			this.name = source.name();
			this.description = source.description();
			this.source = source.source();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the skill.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The description of the skill.
		 * @param description the value (required)
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Inline skill payload
		 * @param source the value (required)
		 * @return this builder
		 */
		public Builder source(@Nullable InlineSkillSourceParam source) {
			this.source = source;
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
		public InlineSkillParam build() {
			return new InlineSkillParam(this.type, Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.description, "'description' is required"),
					Objects.requireNonNull(this.source, "'source' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InlineSkillParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InlineSkillParam> {

		Reader() {
			super(InlineSkillParam.class, "type", "name", "description", "source");
		}

		@Override
		protected InlineSkillParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new InlineSkillParam((String) values[0], (String) values[1], (String) values[2],
					(InlineSkillSourceParam) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InlineSkillParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InlineSkillParam> {

		Writer() {
			super(InlineSkillParam.class, "type", "name", "description", "source");
		}

		@Override
		protected @Nullable Object value(InlineSkillParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.name();
				case 2 -> record.description();
				case 3 -> record.source();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InlineSkillParam record) {
			return record.additionalProperties();
		}

	}
}
