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
 * An object with {@code name}, {@code description} and {@code path}.
 *
 * @param name The name of the skill.
 * @param description The description of the skill.
 * @param path The path to the directory containing the skill.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = LocalSkillParam.Reader.class)
public record LocalSkillParam(@JsonProperty("name") String name, @JsonProperty("description") String description,
		@JsonProperty("path") String path, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link LocalSkillParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name The name of the skill.
	 * @param description The description of the skill.
	 * @param path The path to the directory containing the skill.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public LocalSkillParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link LocalSkillParam}.
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
	 * Builds a {@link LocalSkillParam}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable String path;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(LocalSkillParam source) {
			this.name = source.name();
			this.description = source.description();
			this.path = source.path();
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
		 * The path to the directory containing the skill.
		 * @param path the value (required)
		 * @return this builder
		 */
		public Builder path(@Nullable String path) {
			this.path = path;
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
		public LocalSkillParam build() {
			return new LocalSkillParam(Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.description, "'description' is required"),
					Objects.requireNonNull(this.path, "'path' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link LocalSkillParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<LocalSkillParam> {

		Reader() {
			super(LocalSkillParam.class, "name", "description", "path");
		}

		@Override
		protected LocalSkillParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new LocalSkillParam((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link LocalSkillParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<LocalSkillParam> {

		Writer() {
			super(LocalSkillParam.class, "name", "description", "path");
		}

		@Override
		protected @Nullable Object value(LocalSkillParam record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.description();
				case 2 -> record.path();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(LocalSkillParam record) {
			return record.additionalProperties();
		}

	}
}
