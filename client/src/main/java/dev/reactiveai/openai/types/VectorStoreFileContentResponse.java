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
 * Represents the parsed content of a vector store file.
 *
 * @param object The object type, which is always {@code vector_store.file_content.page}
 * @param data Parsed content of the file.
 * @param hasMore Indicates if there are more content pages to fetch.
 * @param nextPage The token for the next page, if any.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VectorStoreFileContentResponse.Reader.class)
public record VectorStoreFileContentResponse(@JsonProperty("object") String object,
		@JsonProperty("data") List<VectorStoreFileContentResponse.DataItem> data,
		@JsonProperty("has_more") Boolean hasMore, @JsonProperty("next_page") @Nullable String nextPage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VectorStoreFileContentResponse}, filling in {@code object} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param object The object type, which is always
	 * {@code vector_store.file_content.page}
	 * @param data Parsed content of the file.
	 * @param hasMore Indicates if there are more content pages to fetch.
	 * @param nextPage The token for the next page, if any.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VectorStoreFileContentResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VectorStoreFileContentResponse}.
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
	 * An item of a {@link VectorStoreFileContentResponse}'s {@code data}.
	 *
	 * @param type The content type (currently only {@code "text"})
	 * @param text The text content
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = DataItem.Reader.class)
	public static record DataItem(@JsonProperty("type") @Nullable String type,
			@JsonProperty("text") @Nullable String text,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link DataItem}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type The content type (currently only {@code "text"})
		 * @param text The text content
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public DataItem {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link DataItem}.
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
		 * Builds a {@link DataItem}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable String text;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(DataItem source) {
				this.type = source.type();
				this.text = source.text();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The content type (currently only {@code "text"})
			 * @param type the value
			 * @return this builder
			 */
			public Builder type(@Nullable String type) {
				this.type = type;
				return this;
			}

			/**
			 * The text content
			 * @param text the value
			 * @return this builder
			 */
			public Builder text(@Nullable String text) {
				this.text = text;
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
			public DataItem build() {
				return new DataItem(this.type, this.text, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link DataItem} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<DataItem> {

			Reader() {
				super(DataItem.class, "type", "text");
			}

			@Override
			protected DataItem create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new DataItem((String) values[0], (String) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link DataItem} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<DataItem> {

			Writer() {
				super(DataItem.class, "type", "text");
			}

			@Override
			protected @Nullable Object value(DataItem record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.text();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(DataItem record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link VectorStoreFileContentResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<DataItem> data;

		private @Nullable Boolean hasMore;

		private @Nullable String nextPage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "vector_store.file_content.page";
		}

		private Builder(VectorStoreFileContentResponse source) {
			this.object = source.object();
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.hasMore = source.hasMore();
			this.nextPage = source.nextPage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Parsed content of the file.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<DataItem> data) {
			this.data = (data != null) ? new ArrayList<>(data) : null;
			return this;
		}

		/**
		 * Parsed content of the file.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param data the item to add
		 * @return this builder
		 */
		public Builder addData(DataItem data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * Indicates if there are more content pages to fetch.
		 * @param hasMore the value (required)
		 * @return this builder
		 */
		public Builder hasMore(@Nullable Boolean hasMore) {
			this.hasMore = hasMore;
			return this;
		}

		/**
		 * The token for the next page, if any.
		 * @param nextPage the value
		 * @return this builder
		 */
		public Builder nextPage(@Nullable String nextPage) {
			this.nextPage = nextPage;
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
		public VectorStoreFileContentResponse build() {
			return new VectorStoreFileContentResponse(this.object,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					Objects.requireNonNull(this.hasMore, "'hasMore' is required"), this.nextPage,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VectorStoreFileContentResponse} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VectorStoreFileContentResponse> {

		Reader() {
			super(VectorStoreFileContentResponse.class, "object", "data", "has_more", "next_page");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected VectorStoreFileContentResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VectorStoreFileContentResponse((String) values[0], (List<DataItem>) values[1],
					(Boolean) values[2], (String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VectorStoreFileContentResponse} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VectorStoreFileContentResponse> {

		Writer() {
			super(VectorStoreFileContentResponse.class, "object", "data", "has_more", "next_page");
		}

		@Override
		protected @Nullable Object value(VectorStoreFileContentResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.data();
				case 2 -> record.hasMore();
				case 3 -> record.nextPage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VectorStoreFileContentResponse record) {
			return record.additionalProperties();
		}

	}
}
