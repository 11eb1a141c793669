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
 * The response of {@code DELETE /chat/completions/{completion_id}}: Delete a stored chat
 * completion.
 *
 * @param object The type of object being deleted.
 * @param id The ID of the chat completion that was deleted.
 * @param deleted Whether the chat completion was deleted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionDeleted.Reader.class)
public record ChatCompletionDeleted(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("deleted") Boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatCompletionDeleted}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The type of object being deleted.
	 * @param id The ID of the chat completion that was deleted.
	 * @param deleted Whether the chat completion was deleted.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionDeleted {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionDeleted}.
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
	 * Builds a {@link ChatCompletionDeleted}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable Boolean deleted;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chat.completion.deleted";
		}

		private Builder(ChatCompletionDeleted source) {
			this.object = source.object();
			this.id = source.id();
			this.deleted = source.deleted();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the chat completion that was deleted.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Whether the chat completion was deleted.
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
		public ChatCompletionDeleted build() {
			return new ChatCompletionDeleted(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.deleted, "'deleted' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionDeleted} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionDeleted> {

		Reader() {
			super(ChatCompletionDeleted.class, "object", "id", "deleted");
		}

		@Override
		protected ChatCompletionDeleted create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionDeleted((String) values[0], (String) values[1], (Boolean) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionDeleted} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionDeleted> {

		Writer() {
			super(ChatCompletionDeleted.class, "object", "id", "deleted");
		}

		@Override
		protected @Nullable Object value(ChatCompletionDeleted record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.deleted();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionDeleted record) {
			return record.additionalProperties();
		}

	}
}
