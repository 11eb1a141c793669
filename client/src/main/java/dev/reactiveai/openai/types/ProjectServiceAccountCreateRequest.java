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
 * The request body of {@code POST /organization/projects/{project_id}/service_accounts}:
 * Creates a new service account in the project.
 *
 * @param name The name of the service account being created.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectServiceAccountCreateRequest.Reader.class)
public record ProjectServiceAccountCreateRequest(@JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectServiceAccountCreateRequest}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param name The name of the service account being created.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectServiceAccountCreateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectServiceAccountCreateRequest}.
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
	 * Builds a {@link ProjectServiceAccountCreateRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ProjectServiceAccountCreateRequest source) {
			this.name = source.name();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the service account being created.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		public ProjectServiceAccountCreateRequest build() {
			return new ProjectServiceAccountCreateRequest(Objects.requireNonNull(this.name, "'name' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectServiceAccountCreateRequest} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectServiceAccountCreateRequest> {

		Reader() {
			super(ProjectServiceAccountCreateRequest.class, "name");
		}

		@Override
		protected ProjectServiceAccountCreateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ProjectServiceAccountCreateRequest((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectServiceAccountCreateRequest} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectServiceAccountCreateRequest> {

		Writer() {
			super(ProjectServiceAccountCreateRequest.class, "name");
		}

		@Override
		protected @Nullable Object value(ProjectServiceAccountCreateRequest record, int index) {
			return switch (index) {
				case 0 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectServiceAccountCreateRequest record) {
			return record.additionalProperties();
		}

	}
}
