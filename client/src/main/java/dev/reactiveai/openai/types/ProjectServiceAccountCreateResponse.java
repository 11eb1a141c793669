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
 * The response of {@code POST /organization/projects/{project_id}/service_accounts}:
 * Creates a new service account in the project.
 *
 * @param object Always {@code organization.project.service_account}.
 * @param id A string (the API description says no more).
 * @param name A string (the API description says no more).
 * @param role Service accounts can only have one role of type {@code member}
 * @param createdAt An integer (the API description says no more).
 * @param apiKey A {@link dev.reactiveai.openai.types.ProjectServiceAccountApiKey} (the
 * API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectServiceAccountCreateResponse.Reader.class)
public record ProjectServiceAccountCreateResponse(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("role") String role,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("api_key") ProjectServiceAccountApiKey apiKey,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectServiceAccountCreateResponse}, filling in {@code object}
	 * and {@code role} with their single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param object Always {@code organization.project.service_account}.
	 * @param id A string (the API description says no more).
	 * @param name A string (the API description says no more).
	 * @param role Service accounts can only have one role of type {@code member}
	 * @param createdAt An integer (the API description says no more).
	 * @param apiKey A {@link dev.reactiveai.openai.types.ProjectServiceAccountApiKey}
	 * (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectServiceAccountCreateResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectServiceAccountCreateResponse}.
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
	 * Builds a {@link ProjectServiceAccountCreateResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable String role;

		private @Nullable Long createdAt;

		private @Nullable ProjectServiceAccountApiKey apiKey;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.project.service_account";
			this.role = "member";
		}

		private Builder(ProjectServiceAccountCreateResponse source) {
			this.object = source.object();
			this.id = source.id();
			this.name = source.name();
			this.role = source.role();
			this.createdAt = source.createdAt();
			this.apiKey = source.apiKey();
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * A {@link dev.reactiveai.openai.types.ProjectServiceAccountApiKey} (the API
		 * description says no more).
		 * @param apiKey the value (required)
		 * @return this builder
		 */
		public Builder apiKey(@Nullable ProjectServiceAccountApiKey apiKey) {
			this.apiKey = apiKey;
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
		public ProjectServiceAccountCreateResponse build() {
			return new ProjectServiceAccountCreateResponse(this.object,
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"), this.role,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.apiKey, "'apiKey' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectServiceAccountCreateResponse} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectServiceAccountCreateResponse> {

		Reader() {
			super(ProjectServiceAccountCreateResponse.class, "object", "id", "name", "role", "created_at", "api_key");
		}

		@Override
		protected ProjectServiceAccountCreateResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ProjectServiceAccountCreateResponse((String) values[0], (String) values[1], (String) values[2],
					(String) values[3], (Long) values[4], (ProjectServiceAccountApiKey) values[5],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectServiceAccountCreateResponse} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectServiceAccountCreateResponse> {

		Writer() {
			super(ProjectServiceAccountCreateResponse.class, "object", "id", "name", "role", "created_at", "api_key");
		}

		@Override
		protected @Nullable Object value(ProjectServiceAccountCreateResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.name();
				case 3 -> record.role();
				case 4 -> record.createdAt();
				case 5 -> record.apiKey();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectServiceAccountCreateResponse record) {
			return record.additionalProperties();
		}

	}
}
