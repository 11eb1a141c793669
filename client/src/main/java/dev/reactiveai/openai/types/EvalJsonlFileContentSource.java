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
 * EvalJsonlFileContentSource
 *
 * @param type The type of jsonl source. Always {@code file_content}.
 * @param content The content of the jsonl file.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalJsonlFileContentSource.Reader.class)
public record EvalJsonlFileContentSource(@JsonProperty("type") String type,
		@JsonProperty("content") List<EvalJsonlFileContentSource.ContentItem> content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalCompletionsRunDataSource.Source,
			CreateEvalJsonlRunDataSource.Source,
			CreateEvalResponsesRunDataSource.Source {

	/**
	 * Creates a {@link EvalJsonlFileContentSource}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of jsonl source.
	 * @param content The content of the jsonl file.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalJsonlFileContentSource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalJsonlFileContentSource}.
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
	 * An item of a {@link EvalJsonlFileContentSource}'s {@code content}.
	 *
	 * @param item A map of names to any JSON values (the API description says no more).
	 * @param sample A map of names to any JSON values (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ContentItem.Reader.class)
	public static record ContentItem(@JsonProperty("item") Map<String, Object> item,
			@JsonProperty("sample") @Nullable Map<String, Object> sample,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ContentItem}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param item A map of names to any JSON values (the API description says no
		 * more).
		 * @param sample A map of names to any JSON values (the API description says no
		 * more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ContentItem {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ContentItem}.
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
		 * Builds a {@link ContentItem}.
		 */
		public static final class Builder {

			private @Nullable Map<String, Object> item;

			private @Nullable Map<String, Object> sample;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ContentItem source) {
				this.item = (source.item() != null) ? new LinkedHashMap<>(source.item()) : null;
				this.sample = (source.sample() != null) ? new LinkedHashMap<>(source.sample()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A map of names to any JSON values (the API description says no more).
			 * <p>
			 * Takes a copy of the map.
			 * @param item the value (required)
			 * @return this builder
			 */
			public Builder item(@Nullable Map<String, ?> item) {
				this.item = (item != null) ? new LinkedHashMap<>(item) : null;
				return this;
			}

			/**
			 * A map of names to any JSON values (the API description says no more).
			 * <p>
			 * Puts one entry in the map, replacing the value of a name it has.
			 * @param key the entry's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder putItem(String key, Object value) {
				Objects.requireNonNull(key, "'key' must not be null");
				Objects.requireNonNull(value, "'value' must not be null");
				if (this.item == null) {
					this.item = new LinkedHashMap<>();
				}
				this.item.put(key, value);
				return this;
			}

			/**
			 * A map of names to any JSON values (the API description says no more).
			 * <p>
			 * Takes a copy of the map.
			 * @param sample the value
			 * @return this builder
			 */
			public Builder sample(@Nullable Map<String, ?> sample) {
				this.sample = (sample != null) ? new LinkedHashMap<>(sample) : null;
				return this;
			}

			/**
			 * A map of names to any JSON values (the API description says no more).
			 * <p>
			 * Puts one entry in the map, replacing the value of a name it has.
			 * @param key the entry's name
			 * @param value its value
			 * @return this builder
			 */
			public Builder putSample(String key, Object value) {
				Objects.requireNonNull(key, "'key' must not be null");
				Objects.requireNonNull(value, "'value' must not be null");
				if (this.sample == null) {
					this.sample = new LinkedHashMap<>();
				}
				this.sample.put(key, value);
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
			public ContentItem build() {
				return new ContentItem(
						Collections.unmodifiableMap(
								new LinkedHashMap<>(Objects.requireNonNull(this.item, "'item' is required"))),
						(this.sample != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.sample)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ContentItem} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ContentItem> {

			Reader() {
				super(ContentItem.class, "item", "sample");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected ContentItem create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ContentItem((Map<String, Object>) values[0], (Map<String, Object>) values[1],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link ContentItem} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ContentItem> {

			Writer() {
				super(ContentItem.class, "item", "sample");
			}

			@Override
			protected @Nullable Object value(ContentItem record, int index) {
				return switch (index) {
					case 0 -> record.item();
					case 1 -> record.sample();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ContentItem record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link EvalJsonlFileContentSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<ContentItem> content;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_content";
		}

		private Builder(EvalJsonlFileContentSource source) {
			this.type = source.type();
			this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The content of the jsonl file.
		 * <p>
		 * Takes a copy of the list.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<ContentItem> content) {
			this.content = (content != null) ? new ArrayList<>(content) : null;
			return this;
		}

		/**
		 * The content of the jsonl file.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param content the item to add
		 * @return this builder
		 */
		public Builder addContent(ContentItem content) {
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
		public EvalJsonlFileContentSource build() {
			return new EvalJsonlFileContentSource(this.type,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.content, "'content' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalJsonlFileContentSource} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalJsonlFileContentSource> {

		Reader() {
			super(EvalJsonlFileContentSource.class, "type", "content");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EvalJsonlFileContentSource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalJsonlFileContentSource((String) values[0], (List<ContentItem>) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalJsonlFileContentSource} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalJsonlFileContentSource> {

		Writer() {
			super(EvalJsonlFileContentSource.class, "type", "content");
		}

		@Override
		protected @Nullable Object value(EvalJsonlFileContentSource record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.content();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalJsonlFileContentSource record) {
			return record.additionalProperties();
		}

	}
}
