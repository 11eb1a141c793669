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
 * The query parameters of {@code POST /conversations/{conversation_id}/items} and
 * {@code GET /conversations/{conversation_id}/items/{item_id}}.
 *
 * @param include Additional fields to include in the response. See the {@code include}
 * parameter for <a href=
 * "https://platform.openai.com/docs/api-reference/conversations/list-items#conversations_list_items-include">listing
 * Conversation items above</a> for more information.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ConversationsItemsRetrieveParams.Reader.class)
public record ConversationsItemsRetrieveParams(@JsonProperty("include") @Nullable List<IncludeEnum> include,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ConversationsItemsRetrieveParams}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param include Additional fields to include in the response.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ConversationsItemsRetrieveParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ConversationsItemsRetrieveParams}.
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
	 * Builds a {@link ConversationsItemsRetrieveParams}.
	 */
	public static final class Builder {

		private @Nullable List<IncludeEnum> include;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ConversationsItemsRetrieveParams source) {
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Additional fields to include in the response.
		 * <p>
		 * Takes a copy of the list.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeEnum> include) {
			this.include = (include != null) ? new ArrayList<>(include) : null;
			return this;
		}

		/**
		 * Additional fields to include in the response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param include the item to add
		 * @return this builder
		 */
		public Builder addInclude(IncludeEnum include) {
			Objects.requireNonNull(include, "'include' must not be null");
			if (this.include == null) {
				this.include = new ArrayList<>();
			}
			this.include.add(include);
			return this;
		}

		/**
		 * Additional fields to include in the response.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addInclude(String value) {
			return addInclude(IncludeEnum.of(value));
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
		public ConversationsItemsRetrieveParams build() {
			return new ConversationsItemsRetrieveParams(
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ConversationsItemsRetrieveParams} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ConversationsItemsRetrieveParams> {

		Reader() {
			super(ConversationsItemsRetrieveParams.class, "include");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ConversationsItemsRetrieveParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ConversationsItemsRetrieveParams((List<IncludeEnum>) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ConversationsItemsRetrieveParams} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ConversationsItemsRetrieveParams> {

		Writer() {
			super(ConversationsItemsRetrieveParams.class, "include");
		}

		@Override
		protected @Nullable Object value(ConversationsItemsRetrieveParams record, int index) {
			return switch (index) {
				case 0 -> record.include();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ConversationsItemsRetrieveParams record) {
			return record.additionalProperties();
		}

	}
}
