package dev.reactiveai.openai.embeddings;

import dev.reactiveai.openai.core.ApiRequest;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.OpenAiTransport;
import dev.reactiveai.openai.core.RequestOptions;
import reactor.core.publisher.Mono;

/**
 * Embeddings: vectors that represent the meaning of text.
 */
public final class EmbeddingsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse;

	public EmbeddingsService(OpenAiTransport transport) {
		this.transport = transport;
		this.withRawResponse = new WithRawResponse();
	}

	/** This service with the given per-call settings. */
	public EmbeddingsService withOptions(RequestOptions options) {
		return new EmbeddingsService(this.transport.withOptions(options));
	}

	/** The same operations, answering with status, headers and body. */
	public WithRawResponse withRawResponse() {
		return this.withRawResponse;
	}

	/**
	 * Creates embeddings of the request's inputs.
	 * @param request the request
	 * @return the embeddings
	 */
	public Mono<EmbeddingResponse> create(EmbeddingRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * The embeddings operations, answering with status, headers and body.
	 */
	public final class WithRawResponse {

		private WithRawResponse() {
		}

		public Mono<ApiResponse<EmbeddingResponse>> create(EmbeddingRequest request) {
			return EmbeddingsService.this.transport.exchange(ApiRequest.post("/embeddings").json(request).build(),
					EmbeddingResponse.class);
		}

	}

}
