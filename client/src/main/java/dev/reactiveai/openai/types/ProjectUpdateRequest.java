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
 * The request body of {@code POST /organization/projects/{project_id}}: Modifies a
 * project in the organization.
 *
 * @param name The updated name of the project, this name appears in reports.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectUpdateRequest.Reader.class)
public record ProjectUpdateRequest(@JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectUpdateRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name The updated name of the project, this name appears in reports.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectUpdateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectUpdateRequest}.
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
	 * Builds a {@link ProjectUpdateRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ProjectUpdateRequest source) {
			this.name = source.name();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The updated name of the project, this name appears in reports.
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
		public ProjectUpdateRequest build() {
			return new ProjectUpdateRequest(Objects.requireNonNull(this.name, "'name' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectUpdateRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectUpdateRequest> {

		Reader() {
			super(ProjectUpdateRequest.class, "name");
		}

		@Override
		protected ProjectUpdateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ProjectUpdateRequest((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectUpdateRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectUpdateRequest> {

		Writer() {
			super(ProjectUpdateRequest.class, "name");
		}

		@Override
		protected @Nullable Object value(ProjectUpdateRequest record, int index) {
			return switch (index) {
				case 0 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectUpdateRequest record) {
			return record.additionalProperties();
		}

	}
}
