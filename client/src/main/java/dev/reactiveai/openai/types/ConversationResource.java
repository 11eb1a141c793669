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
 * The response of {@code DELETE /conversations/{conversation_id}/items/{item_id}},
 * {@code POST /conversations}, {@code GET /conversations/{conversation_id}} and
 * {@code POST /conversations/{conversation_id}}.
 *
 * @param id The unique ID of the conversation.
 * @param object The object type, which is always {@code conversation}.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard. Keys are strings with a maximum
 * length of 64 characters. Values are strings with a maximum length of 512 characters.
 * @param createdAt The time at which the conversation was created, measured in seconds
 * since the Unix epoch.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ConversationResource.Reader.class)
public record ConversationResource(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("metadata") Object metadata, @JsonProperty("created_at") Long createdAt,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ConversationResource}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id The unique ID of the conversation.
	 * @param object The object type, which is always {@code conversation}.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param createdAt The time at which the conversation was created, measured in
	 * seconds since the Unix epoch.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ConversationResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ConversationResource}.
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
	 * Builds a {@link ConversationResource}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Object metadata;

		private @Nullable Long createdAt;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "conversation";
		}

		private Builder(ConversationResource source) {
			this.id = source.id();
			this.object = source.object();
			this.metadata = source.metadata();
			this.createdAt = source.createdAt();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the conversation.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * @param metadata the value (required)
		 * @return this builder
		 */
		public Builder metadata(@Nullable Object metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * The time at which the conversation was created, measured in seconds since the
		 * Unix epoch.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
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
		public ConversationResource build() {
			return new ConversationResource(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.metadata, "'metadata' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ConversationResource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ConversationResource> {

		Reader() {
			super(ConversationResource.class, "id", "object", "metadata", "created_at");
		}

		@Override
		protected ConversationResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ConversationResource((String) values[0], (String) values[1], (Object) values[2],
					(Long) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ConversationResource} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ConversationResource> {

		Writer() {
			super(ConversationResource.class, "id", "object", "metadata", "created_at");
		}

		@Override
		protected @Nullable Object value(ConversationResource record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.metadata();
				case 3 -> record.createdAt();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ConversationResource record) {
			return record.additionalProperties();
		}

	}
}
