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
 * The response of {@code DELETE /models/{model}}: Delete a fine-tuned model.
 *
 * @param id The ID of the deleted object.
 * @param deleted Whether the object was deleted.
 * @param object The type of the deleted object.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DeleteModelResponse.Reader.class)
public record DeleteModelResponse(@JsonProperty("id") String id, @JsonProperty("deleted") Boolean deleted,
		@JsonProperty("object") String object, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link DeleteModelResponse}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The ID of the deleted object.
	 * @param deleted Whether the object was deleted.
	 * @param object The type of the deleted object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DeleteModelResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DeleteModelResponse}.
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
	 * Builds a {@link DeleteModelResponse}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable Boolean deleted;

		private @Nullable String object;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(DeleteModelResponse source) {
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
		 * The type of the deleted object.
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
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
		public DeleteModelResponse build() {
			return new DeleteModelResponse(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.deleted, "'deleted' is required"),
					Objects.requireNonNull(this.object, "'object' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DeleteModelResponse} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DeleteModelResponse> {

		Reader() {
			super(DeleteModelResponse.class, "id", "deleted", "object");
		}

		@Override
		protected DeleteModelResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new DeleteModelResponse((String) values[0], (Boolean) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link DeleteModelResponse} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DeleteModelResponse> {

		Writer() {
			super(DeleteModelResponse.class, "id", "deleted", "object");
		}

		@Override
		protected @Nullable Object value(DeleteModelResponse record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.deleted();
				case 2 -> record.object();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DeleteModelResponse record) {
			return record.additionalProperties();
		}

	}
}
