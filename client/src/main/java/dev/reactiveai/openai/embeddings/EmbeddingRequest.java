package dev.reactiveai.openai.embeddings;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A request to embed text.
 *
 * @param input the text, or the texts, to embed
 * @param model the model, such as {@code text-embedding-3-small}
 * @param encodingFormat {@code float} (the default) or {@code base64}, which is smaller
 * on the wire; either way {@link Embedding#embedding()} holds the numbers
 * @param dimensions how many dimensions the vectors have, for models that support it
 * @param user a stable identifier of the end user
 */
public record EmbeddingRequest(Object input, String model, @Nullable String encodingFormat,
		@Nullable Integer dimensions, @Nullable String user) {

	public EmbeddingRequest {
		Assert.notNull(input, "'input' must not be null");
		Assert.hasText(model, "'model' must be set: the model to use, such as text-embedding-3-small");
	}

	/** Embed one text. */
	public static EmbeddingRequest of(String model, String input) {
		return new EmbeddingRequest(input, model, null, null, null);
	}

	/** Embed several texts in one call. */
	public static EmbeddingRequest of(String model, List<String> inputs) {
		return new EmbeddingRequest(List.copyOf(inputs), model, null, null, null);
	}

	/** The same request, answered in the given encoding. */
	public EmbeddingRequest withEncodingFormat(String encodingFormat) {
		return new EmbeddingRequest(this.input, this.model, encodingFormat, this.dimensions, this.user);
	}

	/** The same request, with vectors of the given size. */
	public EmbeddingRequest withDimensions(int dimensions) {
		return new EmbeddingRequest(this.input, this.model, this.encodingFormat, dimensions, this.user);
	}

}
