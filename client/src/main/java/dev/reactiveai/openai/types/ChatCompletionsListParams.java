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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The query parameters of {@code GET /chat/completions}: List stored Chat Completions.
 *
 * @param model The model used to generate the Chat Completions.
 * @param metadata A list of metadata keys to filter the Chat Completions by. Example:
 * <p>
 * {@code metadata[key1]=value1&metadata[key2]=value2}
 * @param after Identifier for the last chat completion from the previous pagination
 * request.
 * @param limit Number of Chat Completions to retrieve.
 * @param order Sort order for Chat Completions by timestamp. Use {@code asc} for
 * ascending order or {@code desc} for descending order. Defaults to {@code asc}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionsListParams.Reader.class)
public record ChatCompletionsListParams(@JsonProperty("model") @Nullable String model,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata, @JsonProperty("after") @Nullable String after,
		@JsonProperty("limit") @Nullable Long limit,
		@JsonProperty("order") ChatCompletionsListParams.@Nullable Order order,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatCompletionsListParams}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param model The model used to generate the Chat Completions.
	 * @param metadata A list of metadata keys to filter the Chat Completions by.
	 * @param after Identifier for the last chat completion from the previous pagination
	 * request.
	 * @param limit Number of Chat Completions to retrieve.
	 * @param order Sort order for Chat Completions by timestamp.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionsListParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionsListParams}.
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
	 * Sort order for Chat Completions by timestamp. Use {@code asc} for ascending order
	 * or {@code desc} for descending order. Defaults to {@code asc}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Order(@JsonValue String value) {
		/**
		 * The value {@code asc}.
		 */
		public static final Order ASC = new Order("asc");

		/**
		 * The value {@code desc}.
		 */
		public static final Order DESC = new Order("desc");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Order {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Order of(String value) {
			return switch (value) {
				case "asc" -> ASC;
				case "desc" -> DESC;
				default -> new Order(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "asc", "desc" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ChatCompletionsListParams}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private @Nullable Map<String, String> metadata;

		private @Nullable String after;

		private @Nullable Long limit;

		private @Nullable Order order;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatCompletionsListParams source) {
			this.model = source.model();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.after = source.after();
			this.limit = source.limit();
			this.order = source.order();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The model used to generate the Chat Completions.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * A list of metadata keys to filter the Chat Completions by.
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
		 * A list of metadata keys to filter the Chat Completions by.
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
		 * Identifier for the last chat completion from the previous pagination request.
		 * @param after the value
		 * @return this builder
		 */
		public Builder after(@Nullable String after) {
			this.after = after;
			return this;
		}

		/**
		 * Number of Chat Completions to retrieve.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
			return this;
		}

		/**
		 * Sort order for Chat Completions by timestamp.
		 * @param order the value
		 * @return this builder
		 */
		public Builder order(@Nullable Order order) {
			this.order = order;
			return this;
		}

		/**
		 * Sort order for Chat Completions by timestamp.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder order(String value) {
			return order(Order.of(value));
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
		public ChatCompletionsListParams build() {
			return new ChatCompletionsListParams(this.model,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.after, this.limit, this.order, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionsListParams} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionsListParams> {

		Reader() {
			super(ChatCompletionsListParams.class, "model", "metadata", "after", "limit", "order");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 4 -> Order.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ChatCompletionsListParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionsListParams((String) values[0], (Map<String, String>) values[1],
					(String) values[2], (Long) values[3], (Order) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionsListParams} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionsListParams> {

		Writer() {
			super(ChatCompletionsListParams.class, "model", "metadata", "after", "limit", "order");
		}

		@Override
		protected @Nullable Object value(ChatCompletionsListParams record, int index) {
			return switch (index) {
				case 0 -> record.model();
				case 1 -> record.metadata();
				case 2 -> record.after();
				case 3 -> record.limit();
				case 4 -> record.order();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionsListParams record) {
			return record.additionalProperties();
		}

	}
}
