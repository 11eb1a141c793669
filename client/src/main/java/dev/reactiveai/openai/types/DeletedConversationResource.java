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
 * The response of {@code DELETE /conversations/{conversation_id}}: Delete a conversation.
 *
 * @param object The type of the deleted object.
 * @param deleted Whether the object was deleted.
 * @param id The ID of the deleted object.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DeletedConversationResource.Reader.class)
public record DeletedConversationResource(@JsonProperty("object") String object,
		@JsonProperty("deleted") Boolean deleted, @JsonProperty("id") String id,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link DeletedConversationResource}, filling in {@code object} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object The type of the deleted object.
	 * @param deleted Whether the object was deleted.
	 * @param id The ID of the deleted object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DeletedConversationResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DeletedConversationResource}.
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
	 * Builds a {@link DeletedConversationResource}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private @Nullable String id;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "conversation.deleted";
		}

		private Builder(DeletedConversationResource source) {
			this.object = source.object();
			this.deleted = source.deleted();
			this.id = source.id();
			this.additionalProperties.putAll(source.additionalProperties());
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
		 * The ID of the deleted object.
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
		public DeletedConversationResource build() {
			return new DeletedConversationResource(this.object,
					Objects.requireNonNull(this.deleted, "'deleted' is required"),
					Objects.requireNonNull(this.id, "'id' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DeletedConversationResource} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DeletedConversationResource> {

		Reader() {
			super(DeletedConversationResource.class, "object", "deleted", "id");
		}

		@Override
		protected DeletedConversationResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new DeletedConversationResource((String) values[0], (Boolean) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link DeletedConversationResource} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DeletedConversationResource> {

		Writer() {
			super(DeletedConversationResource.class, "object", "deleted", "id");
		}

		@Override
		protected @Nullable Object value(DeletedConversationResource record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.deleted();
				case 2 -> record.id();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DeletedConversationResource record) {
			return record.additionalProperties();
		}

	}
}
