// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
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
 * A description of the chain of thought used by a reasoning model while generating a
 * response. Be sure to include these items in your {@code input} to the Responses API for
 * subsequent turns of a conversation if you are manually
 * <a href="https://platform.openai.com/docs/guides/conversation-state">managing
 * context</a>.
 *
 * @param type The type of the object. Always {@code reasoning}.
 * @param id The unique identifier of the reasoning content.
 * @param encryptedContent The encrypted content of the reasoning item - populated when a
 * response is generated with {@code reasoning.encrypted_content} in the {@code include}
 * parameter.
 * @param summary Reasoning summary content.
 * @param content Reasoning text content.
 * @param status The status of the item. One of {@code in_progress}, {@code completed}, or
 * {@code incomplete}. Populated when items are returned via API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ReasoningItem.Reader.class)
public record ReasoningItem(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("encrypted_content") @Nullable String encryptedContent,
		@JsonProperty("summary") List<SummaryTextContent> summary,
		@JsonProperty("content") @Nullable List<ReasoningTextContent> content,
		@JsonProperty("status") ReasoningItem.@Nullable Status status,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			Item,
			ItemField,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link ReasoningItem}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the object.
	 * @param id The unique identifier of the reasoning content.
	 * @param encryptedContent The encrypted content of the reasoning item - populated
	 * when a response is generated with {@code reasoning.encrypted_content} in the
	 * {@code include} parameter.
	 * @param summary Reasoning summary content.
	 * @param content Reasoning text content.
	 * @param status The status of the item.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ReasoningItem {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ReasoningItem}.
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
	 * This item, which a next request's input takes as it is: a {@link ReasoningItem} is
	 * an {@link InputItem}.
	 * @return this item
	 */
	@Override
	public ReasoningItem asInput() {
		return this;
	}

	/**
	 * The status of the item. One of {@code in_progress}, {@code completed}, or
	 * {@code incomplete}. Populated when items are returned via API.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code incomplete}.
		 */
		public static final Status INCOMPLETE = new Status("incomplete");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "in_progress" -> IN_PROGRESS;
				case "completed" -> COMPLETED;
				case "incomplete" -> INCOMPLETE;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_progress", "completed", "incomplete" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ReasoningItem}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable String encryptedContent;

		private @Nullable List<SummaryTextContent> summary;

		private @Nullable List<ReasoningTextContent> content;

		private @Nullable Status status;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "reasoning";
		}

		private Builder(ReasoningItem source) {
			this.type = source.type();
			this.id = source.id();
			this.encryptedContent = source.encryptedContent();
			this.summary = (source.summary() != null) ? new ArrayList<>(source.summary()) : null;
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.status = source.status();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique identifier of the reasoning content.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The encrypted content of the reasoning item - populated when a response is
		 * generated with {@code reasoning.encrypted_content} in the {@code include}
		 * parameter.
		 * @param encryptedContent the value
		 * @return this builder
		 */
		public Builder encryptedContent(@Nullable String encryptedContent) {
			this.encryptedContent = encryptedContent;
			return this;
		}

		/**
		 * Reasoning summary content.
		 * <p>
		 * Takes a copy of the list.
		 * @param summary the value (required)
		 * @return this builder
		 */
		public Builder summary(@Nullable List<SummaryTextContent> summary) {
			this.summary = (summary != null) ? new ArrayList<>(summary) : null;
			return this;
		}

		/**
		 * Reasoning summary content.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param summary the item to add
		 * @return this builder
		 */
		public Builder addSummary(SummaryTextContent summary) {
			Objects.requireNonNull(summary, "'summary' must not be null");
			if (this.summary == null) {
				this.summary = new ArrayList<>();
			}
			this.summary.add(summary);
			return this;
		}

		/**
		 * Reasoning text content.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value
		 * @return this builder
		 */
		public Builder content(@Nullable List<ReasoningTextContent> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * Reasoning text content.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(ReasoningTextContent content) {
			Objects.requireNonNull(content, "'content' must not be null");
			if (this.content == null) {
				this.content = new ArrayList<>();
			}
			this.content.add(content);
			return this;
		}

		/**
		 * The status of the item.
		 * @param status the value
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the item.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
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
		public ReasoningItem build() {
			return new ReasoningItem(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					this.encryptedContent,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.summary, "'summary' is required"))),
					(this.content != null) ? Collections.unmodifiableList(new ArrayList<>(this.content)) : null,
					this.status, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ReasoningItem} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ReasoningItem> {

		Reader() {
			super(ReasoningItem.class, "type", "id", "encrypted_content", "summary", "content", "status");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ReasoningItem create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ReasoningItem((String) values[0], (String) values[1], (String) values[2],
					(List<SummaryTextContent>) values[3], (List<ReasoningTextContent>) values[4], (Status) values[5],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ReasoningItem} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ReasoningItem> {

		Writer() {
			super(ReasoningItem.class, "type", "id", "encrypted_content", "summary", "content", "status");
		}

		@Override
		protected @Nullable Object value(ReasoningItem record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.encryptedContent();
				case 3 -> record.summary();
				case 4 -> record.content();
				case 5 -> record.status();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ReasoningItem record) {
			return record.additionalProperties();
		}

	}
}
