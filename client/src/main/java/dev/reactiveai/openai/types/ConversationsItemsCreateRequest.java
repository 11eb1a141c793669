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
 * The request body of {@code POST /conversations/{conversation_id}/items}: Create items
 * in a conversation with the given ID.
 *
 * @param items The items to add to the conversation. You may add up to 20 items at a
 * time.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ConversationsItemsCreateRequest.Reader.class)
public record ConversationsItemsCreateRequest(@JsonProperty("items") List<InputItem> items,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ConversationsItemsCreateRequest}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param items The items to add to the conversation.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ConversationsItemsCreateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ConversationsItemsCreateRequest}.
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
	 * Builds a {@link ConversationsItemsCreateRequest}.
	 */
	public static final class Builder {

		private @Nullable List<InputItem> items;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ConversationsItemsCreateRequest source) {
			this.items = (source.items() != null) ? new ArrayList<>(source.items()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The items to add to the conversation.
		 * <p>
		 * Takes a copy of the list.
		 * @param items the value (required)
		 * @return this builder
		 */
		public Builder items(@Nullable List<? extends InputItem> items) {
			this.items = (items != null) ? new ArrayList<>(items) : null;
			return this;
		}

		/**
		 * The items to add to the conversation.
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
		public ConversationsItemsCreateRequest build() {
			return new ConversationsItemsCreateRequest(
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.items, "'items' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ConversationsItemsCreateRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ConversationsItemsCreateRequest> {

		Reader() {
			super(ConversationsItemsCreateRequest.class, "items");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ConversationsItemsCreateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ConversationsItemsCreateRequest((List<InputItem>) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ConversationsItemsCreateRequest} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ConversationsItemsCreateRequest> {

		Writer() {
			super(ConversationsItemsCreateRequest.class, "items");
		}

		@Override
		protected @Nullable Object value(ConversationsItemsCreateRequest record, int index) {
			return switch (index) {
				case 0 -> record.items();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ConversationsItemsCreateRequest record) {
			return record.additionalProperties();
		}

	}
}
