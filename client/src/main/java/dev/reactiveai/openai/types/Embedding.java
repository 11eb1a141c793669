// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.EmbeddingVector;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents an embedding vector returned by embedding endpoint.
 *
 * @param index The index of the embedding in the list of embeddings.
 * @param embedding The embedding vector, which is a list of floats. The length of vector
 * depends on the model as listed in the
 * <a href="https://platform.openai.com/docs/guides/embeddings">embedding guide</a>.
 * @param object The object type, which is always "embedding".
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Embedding.Reader.class)
public record Embedding(@JsonProperty("index") Long index, @JsonProperty("embedding") EmbeddingVector embedding,
		@JsonProperty("object") String object, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Embedding}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param index The index of the embedding in the list of embeddings.
	 * @param embedding The embedding vector, which is a list of floats.
	 * @param object The object type, which is always "embedding".
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Embedding {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Embedding}.
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
	 * Builds a {@link Embedding}.
	 */
	public static final class Builder {

		private @Nullable Long index;

		private @Nullable EmbeddingVector embedding;

		private @Nullable String object;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "embedding";
		}

		private Builder(Embedding source) {
			this.index = source.index();
			this.embedding = source.embedding();
			this.object = source.object();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The index of the embedding in the list of embeddings.
		 * @param index the value (required)
		 * @return this builder
		 */
		public Builder index(@Nullable Long index) {
			this.index = index;
			return this;
		}

		/**
		 * The embedding vector, which is a list of floats.
		 * @param embedding the value (required)
		 * @return this builder
		 */
		public Builder embedding(@Nullable EmbeddingVector embedding) {
			this.embedding = embedding;
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
		public Embedding build() {
			return new Embedding(Objects.requireNonNull(this.index, "'index' is required"),
					Objects.requireNonNull(this.embedding, "'embedding' is required"), this.object,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Embedding} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Embedding> {

		Reader() {
			super(Embedding.class, "index", "embedding", "object");
		}

		@Override
		protected Embedding create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Embedding((Long) values[0], (EmbeddingVector) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link Embedding} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Embedding> {

		Writer() {
			super(Embedding.class, "index", "embedding", "object");
		}

		@Override
		protected @Nullable Object value(Embedding record, int index) {
			return switch (index) {
				case 0 -> record.index();
				case 1 -> record.embedding();
				case 2 -> record.object();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Embedding record) {
			return record.additionalProperties();
		}

	}
}
