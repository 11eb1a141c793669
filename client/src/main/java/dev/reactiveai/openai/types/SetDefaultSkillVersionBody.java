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
 * Updates the default version pointer for a skill.
 *
 * @param defaultVersion The skill version number to set as default.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = SetDefaultSkillVersionBody.Reader.class)
public record SetDefaultSkillVersionBody(@JsonProperty("default_version") String defaultVersion,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link SetDefaultSkillVersionBody}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param defaultVersion The skill version number to set as default.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public SetDefaultSkillVersionBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link SetDefaultSkillVersionBody}.
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
	 * Builds a {@link SetDefaultSkillVersionBody}.
	 */
	public static final class Builder {

		private @Nullable String defaultVersion;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(SetDefaultSkillVersionBody source) {
			this.defaultVersion = source.defaultVersion();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The skill version number to set as default.
		 * @param defaultVersion the value (required)
		 * @return this builder
		 */
		public Builder defaultVersion(@Nullable String defaultVersion) {
			this.defaultVersion = defaultVersion;
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
		public SetDefaultSkillVersionBody build() {
			return new SetDefaultSkillVersionBody(
					Objects.requireNonNull(this.defaultVersion, "'defaultVersion' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link SetDefaultSkillVersionBody} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<SetDefaultSkillVersionBody> {

		Reader() {
			super(SetDefaultSkillVersionBody.class, "default_version");
		}

		@Override
		protected SetDefaultSkillVersionBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new SetDefaultSkillVersionBody((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link SetDefaultSkillVersionBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<SetDefaultSkillVersionBody> {

		Writer() {
			super(SetDefaultSkillVersionBody.class, "default_version");
		}

		@Override
		protected @Nullable Object value(SetDefaultSkillVersionBody record, int index) {
			return switch (index) {
				case 0 -> record.defaultVersion();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(SetDefaultSkillVersionBody record) {
			return record.additionalProperties();
		}

	}
}
