package dev.reactiveai.openai.embeddings;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.jspecify.annotations.Nullable;

/**
 * The embeddings of a request's inputs.
 *
 * @param object always {@code list}
 * @param data one embedding per input, in input order
 * @param model the model that embedded
 * @param usage token counts
 * @param additionalProperties properties that this version of the client does not know
 */
public record EmbeddingResponse(@Nullable String object, List<Embedding> data, @Nullable String model,
		@Nullable Usage usage, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Token counts of an embedding request.
	 *
	 * @param promptTokens tokens in the input
	 * @param totalTokens all tokens
	 */
	public record Usage(long promptTokens, long totalTokens) {

	}

}
