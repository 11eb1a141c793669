// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * @param type Defines an inline skill for this request.
 * @param name The name of the skill.
 * @param description The description of the skill.
 * @param source Inline skill payload
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record InlineSkillParam(@JsonProperty("type") String type, @JsonProperty("name") String name,
		@JsonProperty("description") String description, @JsonProperty("source") InlineSkillSourceParam source,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ContainerAutoParam.SkillsItem,
			CreateContainerBody.SkillsItem {

	public InlineSkillParam {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link InlineSkillParam}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
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
		 * Set {@code type}: Defines an inline skill for this request.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code name}: The name of the skill.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set {@code description}: The description of the skill.
		 * @param description the value (required)
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set {@code source}: Inline skill payload
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
}
