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
 * A list of Response items.
 *
 * @param object The type of object returned, must be {@code list}.
 * @param data A list of items used to generate this response.
 * @param hasMore Whether there are more items available.
 * @param firstId The ID of the first item in the list.
 * @param lastId The ID of the last item in the list.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseItemList.Reader.class)
public record ResponseItemList(@JsonProperty("object") String object, @JsonProperty("data") List<ItemResource> data,
		@JsonProperty("has_more") Boolean hasMore, @JsonProperty("first_id") String firstId,
		@JsonProperty("last_id") String lastId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseItemList}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The type of object returned, must be {@code list}.
	 * @param data A list of items used to generate this response.
	 * @param hasMore Whether there are more items available.
	 * @param firstId The ID of the first item in the list.
	 * @param lastId The ID of the last item in the list.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseItemList {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseItemList}.
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
	 * Builds a {@link ResponseItemList}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<ItemResource> data;

		private @Nullable Boolean hasMore;

		private @Nullable String firstId;

		private @Nullable String lastId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "list";
		}

		private Builder(ResponseItemList source) {
			this.object = source.object();
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.hasMore = source.hasMore();
			this.firstId = source.firstId();
			this.lastId = source.lastId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of items used to generate this response.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<? extends ItemResource> data) {
			this.data = (data != null) ? new ArrayList<>(data) : null;
			return this;
		}

		/**
		 * A list of items used to generate this response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param data the item to add
		 * @return this builder
		 */
		public Builder addData(ItemResource data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * Whether there are more items available.
		 * @param hasMore the value (required)
		 * @return this builder
		 */
		public Builder hasMore(@Nullable Boolean hasMore) {
			this.hasMore = hasMore;
			return this;
		}

		/**
		 * The ID of the first item in the list.
		 * @param firstId the value (required)
		 * @return this builder
		 */
		public Builder firstId(@Nullable String firstId) {
			this.firstId = firstId;
			return this;
		}

		/**
		 * The ID of the last item in the list.
		 * @param lastId the value (required)
		 * @return this builder
		 */
		public Builder lastId(@Nullable String lastId) {
			this.lastId = lastId;
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
		public ResponseItemList build() {
			return new ResponseItemList(this.object,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					Objects.requireNonNull(this.hasMore, "'hasMore' is required"),
					Objects.requireNonNull(this.firstId, "'firstId' is required"),
					Objects.requireNonNull(this.lastId, "'lastId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseItemList} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseItemList> {

		Reader() {
			super(ResponseItemList.class, "object", "data", "has_more", "first_id", "last_id");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ResponseItemList create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseItemList((String) values[0], (List<ItemResource>) values[1], (Boolean) values[2],
					(String) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseItemList} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseItemList> {

		Writer() {
			super(ResponseItemList.class, "object", "data", "has_more", "first_id", "last_id");
		}

		@Override
		protected @Nullable Object value(ResponseItemList record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.data();
				case 2 -> record.hasMore();
				case 3 -> record.firstId();
				case 4 -> record.lastId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseItemList record) {
			return record.additionalProperties();
		}

	}
}
