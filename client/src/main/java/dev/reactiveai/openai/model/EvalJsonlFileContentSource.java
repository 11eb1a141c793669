// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * EvalJsonlFileContentSource
 *
 * @param type The type of jsonl source.
 * @param content The content of the jsonl file.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record EvalJsonlFileContentSource(@JsonProperty("type") String type,
		@JsonProperty("content") List<EvalJsonlFileContentSource.ContentItem> content,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalCompletionsRunDataSource.Source,
			CreateEvalJsonlRunDataSource.Source,
			CreateEvalResponsesRunDataSource.Source {

	public EvalJsonlFileContentSource {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link EvalJsonlFileContentSource}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * @param item the {@code item} property
	 * @param sample the {@code sample} property
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record ContentItem(@JsonProperty("item") Map<String, Object> item,
			@JsonProperty("sample") @Nullable Map<String, Object> sample,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public ContentItem {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ContentItem}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
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
				this.item = source.item();
				this.sample = source.sample();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Set {@code item}.
			 * @param item the value (required)
			 * @return this builder
			 */
			public Builder item(@Nullable Map<String, Object> item) {
				this.item = item;
				return this;
			}

			/**
			 * Set {@code sample}.
			 * @param sample the value
			 * @return this builder
			 */
			public Builder sample(@Nullable Map<String, Object> sample) {
				this.sample = sample;
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
				return new ContentItem(Objects.requireNonNull(this.item, "'item' is required"), this.sample,
						this.additionalProperties);
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
			this.content = source.content();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: The type of jsonl source. Always `file_content`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code content}: The content of the jsonl file.
		 * @param content the value (required)
		 * @return this builder
		 */
		public Builder content(@Nullable List<ContentItem> content) {
			this.content = content;
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
					Objects.requireNonNull(this.content, "'content' is required"), this.additionalProperties);
		}

	}
}
