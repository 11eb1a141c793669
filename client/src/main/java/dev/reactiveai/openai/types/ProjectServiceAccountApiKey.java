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
 * An object of type {@code organization.project.service_account.api_key} with
 * {@code object}, {@code value}, {@code name}, {@code created_at} and {@code id}.
 *
 * @param object The object type, which is always
 * {@code organization.project.service_account.api_key}
 * @param value A string (the API description says no more).
 * @param name A string (the API description says no more).
 * @param createdAt An integer (the API description says no more).
 * @param id A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectServiceAccountApiKey.Reader.class)
public record ProjectServiceAccountApiKey(@JsonProperty("object") String object, @JsonProperty("value") String value,
		@JsonProperty("name") String name, @JsonProperty("created_at") Long createdAt, @JsonProperty("id") String id,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectServiceAccountApiKey}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object The object type, which is always
	 * {@code organization.project.service_account.api_key}
	 * @param value A string (the API description says no more).
	 * @param name A string (the API description says no more).
	 * @param createdAt An integer (the API description says no more).
	 * @param id A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectServiceAccountApiKey {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectServiceAccountApiKey}.
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
	 * Builds a {@link ProjectServiceAccountApiKey}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String value;

		private @Nullable String name;

		private @Nullable Long createdAt;

		private @Nullable String id;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.project.service_account.api_key";
		}

		private Builder(ProjectServiceAccountApiKey source) {
			this.object = source.object();
			this.value = source.value();
			this.name = source.name();
			this.createdAt = source.createdAt();
			this.id = source.id();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A string (the API description says no more).
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder value(@Nullable String value) {
			this.value = value;
			return this;
		}

		/**
		 * A string (the API description says no more).
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * An integer (the API description says no more).
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * A string (the API description says no more).
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
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
		public ProjectServiceAccountApiKey build() {
			return new ProjectServiceAccountApiKey(this.object,
					Objects.requireNonNull(this.value, "'value' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.id, "'id' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectServiceAccountApiKey} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectServiceAccountApiKey> {

		Reader() {
			super(ProjectServiceAccountApiKey.class, "object", "value", "name", "created_at", "id");
		}

		@Override
		protected ProjectServiceAccountApiKey create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ProjectServiceAccountApiKey((String) values[0], (String) values[1], (String) values[2],
					(Long) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectServiceAccountApiKey} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectServiceAccountApiKey> {

		Writer() {
			super(ProjectServiceAccountApiKey.class, "object", "value", "name", "created_at", "id");
		}

		@Override
		protected @Nullable Object value(ProjectServiceAccountApiKey record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.value();
				case 2 -> record.name();
				case 3 -> record.createdAt();
				case 4 -> record.id();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectServiceAccountApiKey record) {
			return record.additionalProperties();
		}

	}
}
