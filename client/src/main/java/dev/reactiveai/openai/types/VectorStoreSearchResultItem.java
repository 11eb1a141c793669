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
 * An object with {@code file_id}, {@code filename}, {@code score}, {@code attributes} and
 * {@code content}.
 *
 * @param fileId The ID of the vector store file.
 * @param filename The name of the vector store file.
 * @param score The similarity score for the result.
 * @param attributes Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard. Keys are strings with a maximum
 * length of 64 characters. Values are strings with a maximum length of 512 characters,
 * booleans, or numbers.
 * @param content Content chunks from the file.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = VectorStoreSearchResultItem.Reader.class)
public record VectorStoreSearchResultItem(@JsonProperty("file_id") String fileId,
		@JsonProperty("filename") String filename, @JsonProperty("score") Double score,
		@JsonProperty("attributes") @Nullable Map<String, VectorStoreFileAttributesValue> attributes,
		@JsonProperty("content") List<VectorStoreSearchResultContentObject> content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link VectorStoreSearchResultItem}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param fileId The ID of the vector store file.
	 * @param filename The name of the vector store file.
	 * @param score The similarity score for the result.
	 * @param attributes Set of 16 key-value pairs that can be attached to an object.
	 * @param content Content chunks from the file.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public VectorStoreSearchResultItem {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link VectorStoreSearchResultItem}.
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
	 * Builds a {@link VectorStoreSearchResultItem}.
	 */
	public static final class Builder {

		private @Nullable String fileId;

		private @Nullable String filename;

		private @Nullable Double score;

		private @Nullable Map<String, VectorStoreFileAttributesValue> attributes;

		private @Nullable List<VectorStoreSearchResultContentObject> content;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(VectorStoreSearchResultItem source) {
			this.fileId = source.fileId();
			this.filename = source.filename();
			this.score = source.score();
			this.attributes = (source.attributes() != null) ? new LinkedHashMap<>(source.attributes()) : null;
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the vector store file.
		 * @param fileId the value (required)
		 * @return this builder
		 */
		public Builder fileId(@Nullable String fileId) {
			this.fileId = fileId;
			return this;
		}

		/**
		 * The name of the vector store file.
		 * @param filename the value (required)
		 * @return this builder
		 */
		public Builder filename(@Nullable String filename) {
			this.filename = filename;
			return this;
		}

		/**
		 * The similarity score for the result.
		 * @param score the value (required)
		 * @return this builder
		 */
		public Builder score(@Nullable Double score) {
			this.score = score;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param attributes the value
		 * @return this builder
		 */
		public Builder attributes(@Nullable Map<String, ? extends VectorStoreFileAttributesValue> attributes) {
			this.attributes = (attributes != null) ? new LinkedHashMap<>(attributes) : null;
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
		public Builder putAttribute(String key, VectorStoreFileAttributesValue value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.attributes == null) {
				this.attributes = new LinkedHashMap<>();
			}
			this.attributes.put(key, value);
			return this;
		}

		/**
		 * Content chunks from the file.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<VectorStoreSearchResultContentObject> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * Content chunks from the file.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(VectorStoreSearchResultContentObject content) {
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
		public VectorStoreSearchResultItem build() {
			return new VectorStoreSearchResultItem(Objects.requireNonNull(this.fileId, "'fileId' is required"),
					Objects.requireNonNull(this.filename, "'filename' is required"),
					Objects.requireNonNull(this.score, "'score' is required"),
					(this.attributes != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.attributes))
							: null,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.content, "'content' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link VectorStoreSearchResultItem} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<VectorStoreSearchResultItem> {

		Reader() {
			super(VectorStoreSearchResultItem.class, "file_id", "filename", "score", "attributes", "content");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected VectorStoreSearchResultItem create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new VectorStoreSearchResultItem((String) values[0], (String) values[1], (Double) values[2],
					(Map<String, VectorStoreFileAttributesValue>) values[3],
					(List<VectorStoreSearchResultContentObject>) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link VectorStoreSearchResultItem} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<VectorStoreSearchResultItem> {

		Writer() {
			super(VectorStoreSearchResultItem.class, "file_id", "filename", "score", "attributes", "content");
		}

		@Override
		protected @Nullable Object value(VectorStoreSearchResultItem record, int index) {
			return switch (index) {
				case 0 -> record.fileId();
				case 1 -> record.filename();
				case 2 -> record.score();
				case 3 -> record.attributes();
				case 4 -> record.content();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(VectorStoreSearchResultItem record) {
			return record.additionalProperties();
		}

	}
}
