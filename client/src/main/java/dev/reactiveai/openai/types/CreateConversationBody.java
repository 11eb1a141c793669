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
 * The request body of {@code POST /conversations}: Create a conversation.
 *
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param items Initial items to include in the conversation context. You may add up to 20
 * items at a time.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateConversationBody.Reader.class)
public record CreateConversationBody(@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("items") @Nullable List<InputItem> items,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateConversationBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param items Initial items to include in the conversation context.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateConversationBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateConversationBody}.
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
	 * Builds a {@link CreateConversationBody}.
	 */
	public static final class Builder {

		private @Nullable Map<String, String> metadata;

		private @Nullable List<InputItem> items;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateConversationBody source) {
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.items = (source.items() != null) ? new ArrayList<>(source.items()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * Initial items to include in the conversation context.
		 * <p>
		 * Takes a copy of the list.
		 * @param items the value
		 * @return this builder
		 */
		public Builder items(@Nullable List<? extends InputItem> items) {
			this.items = (items != null) ? new ArrayList<>(items) : null;
			return this;
		}

		/**
		 * Initial items to include in the conversation context.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param item the item to add
		 * @return this builder
		 */
		public Builder addItem(InputItem item) {
			Objects.requireNonNull(item, "'item' must not be null");
			if (this.items == null) {
				this.items = new ArrayList<>();
			}
			this.items.add(item);
			return this;
		}

		/**
		 * Adds an answer's items (a response's {@code output}) to {@code items}, after
		 * those it has, each as {@link OutputItem#asInput() its input form}.
		 * @param outputItems the items to add
		 * @return this builder
		 */
		public Builder addItems(List<? extends OutputItem> outputItems) {
			Objects.requireNonNull(outputItems, "'outputItems' must not be null");
			for (OutputItem outputItem : outputItems) {
				addItem(outputItem.asInput());
			}
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
		public CreateConversationBody build() {
			return new CreateConversationBody(
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					(this.items != null) ? Collections.unmodifiableList(new ArrayList<>(this.items)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateConversationBody} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateConversationBody> {

		Reader() {
			super(CreateConversationBody.class, "metadata", "items");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateConversationBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateConversationBody((Map<String, String>) values[0], (List<InputItem>) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateConversationBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateConversationBody> {

		Writer() {
			super(CreateConversationBody.class, "metadata", "items");
		}

		@Override
		protected @Nullable Object value(CreateConversationBody record, int index) {
			return switch (index) {
				case 0 -> record.metadata();
				case 1 -> record.items();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateConversationBody record) {
			return record.additionalProperties();
		}

	}
}
