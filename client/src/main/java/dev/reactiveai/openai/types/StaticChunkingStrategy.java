// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object with {@code max_chunk_size_tokens} and {@code chunk_overlap_tokens}.
 *
 * @param maxChunkSizeTokens The maximum number of tokens in each chunk. The default value
 * is {@code 800}. The minimum value is {@code 100} and the maximum value is {@code 4096}.
 * @param chunkOverlapTokens The number of tokens that overlap between chunks. The default
 * value is {@code 400}.
 * <p>
 * Note that the overlap must not exceed half of {@code max_chunk_size_tokens}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = StaticChunkingStrategy.Reader.class)
public record StaticChunkingStrategy(@JsonProperty("max_chunk_size_tokens") Long maxChunkSizeTokens,
		@JsonProperty("chunk_overlap_tokens") Long chunkOverlapTokens,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link StaticChunkingStrategy}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param maxChunkSizeTokens The maximum number of tokens in each chunk.
	 * @param chunkOverlapTokens The number of tokens that overlap between chunks.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public StaticChunkingStrategy {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link StaticChunkingStrategy}.
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
	 * Builds a {@link StaticChunkingStrategy}.
	 */
	public static final class Builder {

		private @Nullable Long maxChunkSizeTokens;

		private @Nullable Long chunkOverlapTokens;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(StaticChunkingStrategy source) {
			this.maxChunkSizeTokens = source.maxChunkSizeTokens();
			this.chunkOverlapTokens = source.chunkOverlapTokens();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The maximum number of tokens in each chunk.
		 * @param maxChunkSizeTokens the value (required)
		 * @return this builder
		 */
		public Builder maxChunkSizeTokens(@Nullable Long maxChunkSizeTokens) {
			this.maxChunkSizeTokens = maxChunkSizeTokens;
			return this;
		}

		/**
		 * The number of tokens that overlap between chunks.
		 * @param chunkOverlapTokens the value (required)
		 * @return this builder
		 */
		public Builder chunkOverlapTokens(@Nullable Long chunkOverlapTokens) {
			this.chunkOverlapTokens = chunkOverlapTokens;
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
		public StaticChunkingStrategy build() {
			return new StaticChunkingStrategy(
					Objects.requireNonNull(this.maxChunkSizeTokens, "'maxChunkSizeTokens' is required"),
					Objects.requireNonNull(this.chunkOverlapTokens, "'chunkOverlapTokens' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link StaticChunkingStrategy} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<StaticChunkingStrategy> {

		Reader() {
			super(StaticChunkingStrategy.class, "max_chunk_size_tokens", "chunk_overlap_tokens");
		}

		@Override
		protected StaticChunkingStrategy create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new StaticChunkingStrategy((Long) values[0], (Long) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link StaticChunkingStrategy} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<StaticChunkingStrategy> {

		Writer() {
			super(StaticChunkingStrategy.class, "max_chunk_size_tokens", "chunk_overlap_tokens");
		}

		@Override
		protected @Nullable Object value(StaticChunkingStrategy record, int index) {
			return switch (index) {
				case 0 -> record.maxChunkSizeTokens();
				case 1 -> record.chunkOverlapTokens();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(StaticChunkingStrategy record) {
			return record.additionalProperties();
		}

	}
}
