package dev.reactiveai.openai.embeddings;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One embedding vector.
 *
 * @param index the position of its input
 * @param embedding the vector, decoded from either wire encoding
 * @param object always {@code embedding}
 */
public record Embedding(int index, @JsonDeserialize(using = EmbeddingVectorDeserializer.class) float[] embedding,
		@Nullable String object) {

	@Override
	public boolean equals(Object other) {
		return other instanceof Embedding that && this.index == that.index
				&& Arrays.equals(this.embedding, that.embedding) && java.util.Objects.equals(this.object, that.object);
	}

	@Override
	public int hashCode() {
		return 31 * this.index + Arrays.hashCode(this.embedding);
	}

	@Override
	public String toString() {
		return "Embedding[index=" + this.index + ", dimensions=" + this.embedding.length + "]";
	}

}
