// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object with {@code type} and {@code skills}.
 *
 * @param type Use a local computer environment.
 * @param skills An optional list of skills.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = LocalEnvironmentParam.Reader.class)
public record LocalEnvironmentParam(@JsonProperty("type") String type,
		@JsonProperty("skills") @Nullable List<LocalSkillParam> skills,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FunctionShellCallItemParam.Environment,
			FunctionShellToolParam.Environment {

	/**
	 * Creates a {@link LocalEnvironmentParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Use a local computer environment.
	 * @param skills An optional list of skills.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public LocalEnvironmentParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link LocalEnvironmentParam}.
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
	 * Builds a {@link LocalEnvironmentParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<LocalSkillParam> skills;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "local";
		}

		private Builder(LocalEnvironmentParam source) {
			this.type = source.type();
			this.skills = (source.skills() != null) ? new ArrayList<>(source.skills()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * An optional list of skills.
		 * <p>
		 * Takes a copy of the list.
		 * @param skills the value
		 * @return this builder
		 */
		public Builder skills(@Nullable List<LocalSkillParam> skills) {
			this.skills = (skills != null) ? new ArrayList<>(skills) : null;
			return this;
		}

		/**
		 * An optional list of skills.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param skill the item to add
		 * @return this builder
		 */
		public Builder addSkill(LocalSkillParam skill) {
			Objects.requireNonNull(skill, "'skill' must not be null");
			if (this.skills == null) {
				this.skills = new ArrayList<>();
			}
			this.skills.add(skill);
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
		public LocalEnvironmentParam build() {
			return new LocalEnvironmentParam(this.type,
					(this.skills != null) ? Collections.unmodifiableList(new ArrayList<>(this.skills)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link LocalEnvironmentParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<LocalEnvironmentParam> {

		Reader() {
			super(LocalEnvironmentParam.class, "type", "skills");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected LocalEnvironmentParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new LocalEnvironmentParam((String) values[0], (List<LocalSkillParam>) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link LocalEnvironmentParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<LocalEnvironmentParam> {

		Writer() {
			super(LocalEnvironmentParam.class, "type", "skills");
		}

		@Override
		protected @Nullable Object value(LocalEnvironmentParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.skills();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(LocalEnvironmentParam record) {
			return record.additionalProperties();
		}

	}
}
