// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.embeddings;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RequestOptions;
import dev.reactiveai.openai.core.internal.ApiRequest;
import dev.reactiveai.openai.core.internal.OpenAiTransport;
import dev.reactiveai.openai.types.CreateEmbeddingRequest;
import dev.reactiveai.openai.types.CreateEmbeddingResponse;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The {@code /embeddings} operations of the OpenAI API.
 */
public final class EmbeddingsService {

	private final OpenAiTransport transport;

	private final WithRawResponse withRawResponse = new WithRawResponse();

	/**
	 * Create the service.
	 * @param transport the transport to call through
	 */
	public EmbeddingsService(OpenAiTransport transport) {
		this.transport = transport;
	}

	/**
	 * This service with the given per-call settings.
	 * @param options the settings
	 * @return the service
	 */
	public EmbeddingsService withOptions(RequestOptions options) {
		return new EmbeddingsService(this.transport.withOptions(options));
	}

	/**
	 * Creates an embedding vector representing the input text.
	 * @param request the {@link CreateEmbeddingRequest} describing what to create
	 * @return the {@link CreateEmbeddingResponse} the API answers with
	 */
	public Mono<CreateEmbeddingResponse> create(CreateEmbeddingRequest request) {
		return this.withRawResponse.create(request).map(ApiResponse::body);
	}

	/**
	 * The same operations, answering with status, headers and body.
	 * @return the view
	 */
	public WithRawResponse withRawResponse() {
		return this.withRawResponse;
	}

	/**
	 * The operations that answer with JSON, answering with status, headers and body.
	 */
	public final class WithRawResponse {

		private WithRawResponse() {
		}

		/**
		 * Creates an embedding vector representing the input text.
		 * @param request the {@link CreateEmbeddingRequest} describing what to create
		 * @return the status, the headers and the {@link CreateEmbeddingResponse} the API
		 * answers with
		 */
		public Mono<ApiResponse<CreateEmbeddingResponse>> create(CreateEmbeddingRequest request) {
			return EmbeddingsService.this.transport.exchange(
					ApiRequest.of(HttpMethod.POST, "/embeddings").operation("createEmbedding").json(request).build(),
					CreateEmbeddingResponse.class);
		}

	}

}
