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
 * The response of {@code DELETE /assistants/{assistant_id}}: Delete an assistant.
 *
 * @param id The ID of the deleted object.
 * @param deleted Whether the object was deleted.
 * @param object The type of the deleted object.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DeleteAssistantResponse.Reader.class)
public record DeleteAssistantResponse(@JsonProperty("id") String id, @JsonProperty("deleted") Boolean deleted,
		@JsonProperty("object") String object, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link DeleteAssistantResponse}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The ID of the deleted object.
	 * @param deleted Whether the object was deleted.
	 * @param object The type of the deleted object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DeleteAssistantResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DeleteAssistantResponse}.
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
	 * Builds a {@link DeleteAssistantResponse}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Boolean deleted;

		private @Nullable String object;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "assistant.deleted";
		}

		private Builder(DeleteAssistantResponse source) {
			this.id = source.id();
			this.deleted = source.deleted();
			this.object = source.object();
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
		public DeleteAssistantResponse build() {
			return new DeleteAssistantResponse(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.deleted, "'deleted' is required"), this.object,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DeleteAssistantResponse} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DeleteAssistantResponse> {

		Reader() {
			super(DeleteAssistantResponse.class, "id", "deleted", "object");
		}

		@Override
		protected DeleteAssistantResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new DeleteAssistantResponse((String) values[0], (Boolean) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link DeleteAssistantResponse} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DeleteAssistantResponse> {

		Writer() {
			super(DeleteAssistantResponse.class, "id", "deleted", "object");
		}

		@Override
		protected @Nullable Object value(DeleteAssistantResponse record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.deleted();
				case 2 -> record.object();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DeleteAssistantResponse record) {
			return record.additionalProperties();
		}

	}
}
