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
 * The response of {@code DELETE /organization/projects/{project_id}/api_keys/{key_id}}:
 * Deletes an API key from the project.
 *
 * @param object The type of the deleted object.
 * @param id The ID of the deleted object.
 * @param deleted Whether the object was deleted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ProjectApiKeyDeleteResponse.Reader.class)
public record ProjectApiKeyDeleteResponse(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("deleted") Boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ProjectApiKeyDeleteResponse}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object The type of the deleted object.
	 * @param id The ID of the deleted object.
	 * @param deleted Whether the object was deleted.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ProjectApiKeyDeleteResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ProjectApiKeyDeleteResponse}.
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
	 * Builds a {@link ProjectApiKeyDeleteResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable Boolean deleted;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.project.api_key.deleted";
		}

		private Builder(ProjectApiKeyDeleteResponse source) {
			this.object = source.object();
			this.id = source.id();
			this.deleted = source.deleted();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the deleted object.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Whether the object was deleted.
		 * @param deleted the value (required)
		 * @return this builder
		 */
		public Builder deleted(@Nullable Boolean deleted) {
			this.deleted = deleted;
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
		public ProjectApiKeyDeleteResponse build() {
			return new ProjectApiKeyDeleteResponse(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.deleted, "'deleted' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ProjectApiKeyDeleteResponse} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ProjectApiKeyDeleteResponse> {

		Reader() {
			super(ProjectApiKeyDeleteResponse.class, "object", "id", "deleted");
		}

		@Override
		protected ProjectApiKeyDeleteResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ProjectApiKeyDeleteResponse((String) values[0], (String) values[1], (Boolean) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ProjectApiKeyDeleteResponse} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ProjectApiKeyDeleteResponse> {

		Writer() {
			super(ProjectApiKeyDeleteResponse.class, "object", "id", "deleted");
		}

		@Override
		protected @Nullable Object value(ProjectApiKeyDeleteResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.deleted();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ProjectApiKeyDeleteResponse record) {
			return record.additionalProperties();
		}

	}
}
