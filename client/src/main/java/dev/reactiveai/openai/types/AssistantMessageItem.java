// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Assistant-authored message within a thread.
 *
 * @param id Identifier of the thread item.
 * @param object Type discriminator that is always {@code chatkit.thread_item}.
 * @param createdAt Unix timestamp (in seconds) for when the item was created.
 * @param threadId Identifier of the parent thread.
 * @param type Type discriminator that is always {@code chatkit.assistant_message}.
 * @param content Ordered assistant response segments.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AssistantMessageItem.Reader.class)
public record AssistantMessageItem(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("type") String type, @JsonProperty("content") List<ResponseOutputText> content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ThreadItem {

	/**
	 * Creates a {@link AssistantMessageItem}, filling in {@code object} and {@code type}
	 * with their single possible value when absent; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param id Identifier of the thread item.
	 * @param object Type discriminator that is always {@code chatkit.thread_item}.
	 * @param createdAt Unix timestamp (in seconds) for when the item was created.
	 * @param threadId Identifier of the parent thread.
	 * @param type Type discriminator that is always {@code chatkit.assistant_message}.
	 * @param content Ordered assistant response segments.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AssistantMessageItem {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AssistantMessageItem}.
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
	 * Builds a {@link AssistantMessageItem}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String threadId;

		private @Nullable String type;

		private @Nullable List<ResponseOutputText> content;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chatkit.thread_item";
			this.type = "chatkit.assistant_message";
		}

		private Builder(AssistantMessageItem source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.threadId = source.threadId();
			this.type = source.type();
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the thread item.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) for when the item was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Identifier of the parent thread.
		 * @param threadId the value (required)
		 * @return this builder
		 */
		public Builder threadId(@Nullable String threadId) {
			this.threadId = threadId;
			return this;
		}

		/**
		 * Ordered assistant response segments.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<ResponseOutputText> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * Ordered assistant response segments.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(ResponseOutputText content) {
			Objects.requireNonNull(content, "'content' must not be null");
			if (this.content == null) {
				this.content = new ArrayList<>();
			}
			this.content.add(content);
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
		public AssistantMessageItem build() {
			return new AssistantMessageItem(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.threadId, "'threadId' is required"), this.type,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.content, "'content' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AssistantMessageItem} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AssistantMessageItem> {

		Reader() {
			super(AssistantMessageItem.class, "id", "object", "created_at", "thread_id", "type", "content");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected AssistantMessageItem create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AssistantMessageItem((String) values[0], (String) values[1], (Long) values[2],
					(String) values[3], (String) values[4], (List<ResponseOutputText>) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AssistantMessageItem} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AssistantMessageItem> {

		Writer() {
			super(AssistantMessageItem.class, "id", "object", "created_at", "thread_id", "type", "content");
		}

		@Override
		protected @Nullable Object value(AssistantMessageItem record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.threadId();
				case 4 -> record.type();
				case 5 -> record.content();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AssistantMessageItem record) {
			return record.additionalProperties();
		}

	}
}
